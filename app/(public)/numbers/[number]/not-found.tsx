import { SearchForm } from '@/components/search/search-form';

export default function NumberNotFound() {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">This is not a valid phone number</h1>
      <p className="text-lg text-slate-700">
        The address does not contain a number we can recognise. Check the digits, or type the number in any format below:
        with its country code (for example +91 98765 43210), or as dialled at home with the country chosen.
      </p>
      <SearchForm idPrefix="number-not-found" />
    </div>
  );
}
