/**
 * The signed form token, and a field people never see but form-filling robots fill in. Every
 * public form carries both; the server checks them before anything else.
 */
export function HiddenGuards({ formToken }: { formToken: string }) {
  return (
    <>
      <input type="hidden" name="formToken" value={formToken} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="form-website">Website</label>
        <input id="form-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
