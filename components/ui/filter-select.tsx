/** A labelled select for a GET filter form: the first option, if given, means no filter. */
export interface FilterSelectProps {
  label: string;
  name: string;
  value: string | undefined;
  /** The choices, as pairs or as rendered options. */
  options?: Array<[string, string]>;
  children?: React.ReactNode;
  anyLabel?: string;
}

export function FilterSelect({ label, name, value, options = [], children, anyLabel }: FilterSelectProps) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''} className="w-full rounded-md border border-slate-400 bg-white px-2 py-2">
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>{optionLabel}</option>
        ))}
        {children}
      </select>
    </div>
  );
}
