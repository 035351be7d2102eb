import { FacetDisclosure } from './facet-disclosure';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetOptionGroup {
  /** Heading for a sub-group (e.g. a broad area of need); omit for a flat list. */
  label?: string;
  options: readonly FacetOption[];
}

interface FacetGroupProps {
  /** URL parameter name, e.g. `need`. */
  name: string;
  legend: string;
  hint?: string;
  groups: readonly FacetOptionGroup[];
  /** id of the search form these checkboxes submit with. */
  form: string;
  formatCount: (count: number) => string;
  /** Fold the group under its legend (for the less-used filters); opened when something is ticked. */
  collapsible?: boolean;
}

function Checkboxes({ name, form, options, formatCount }: Pick<FacetGroupProps, 'name' | 'form' | 'formatCount'> & { options: readonly FacetOption[] }) {
  return (
    <ul className="m-0 list-none p-0">
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <li key={option.value} className="mb-2 flex items-start gap-2">
            <input
              id={id}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={option.selected}
              form={form}
              className="mt-0.5"
            />
            <label htmlFor={id} className="cursor-pointer py-0.5 body-s tablet:text-[1.0625rem]">
              {option.label} <span className="whitespace-nowrap text-ink-secondary">({formatCount(option.count)})</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

/** One filter: checkboxes with counts, optionally in labelled sub-groups. */
export function FacetGroup({ name, legend, hint, groups, form, formatCount, collapsible = false }: FacetGroupProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const body = (
    <>
      {hint && (
        <p id={hintId} className="mb-3 body-s text-ink-secondary">
          {hint}
        </p>
      )}
      {groups.map((group, index) =>
        group.label ? (
          <div key={group.label} role="group" aria-labelledby={`${name}-group-${index}`} className="mb-3">
            <p id={`${name}-group-${index}`} className="mb-2 body-s font-bold">
              {group.label}
            </p>
            <Checkboxes name={name} form={form} options={group.options} formatCount={formatCount} />
          </div>
        ) : (
          <Checkboxes key={`flat-${index}`} name={name} form={form} options={group.options} formatCount={formatCount} />
        ),
      )}
    </>
  );

  const anySelected = groups.some((g) => g.options.some((o) => o.selected));
  if (collapsible) {
    return (
      <FacetDisclosure
        defaultOpen={anySelected}
        className="group mb-4 border-t border-border pt-3"
        summary={
          <summary className="cursor-pointer list-none font-bold text-ink [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="me-2 inline-block transition-transform group-open:rotate-90 rtl:-scale-x-100 rtl:group-open:rotate-90">
              ▸
            </span>
            {legend}
          </summary>
        }
      >
        <fieldset className="m-0 mt-3 border-0 p-0" aria-describedby={hintId}>
          <legend className="sr-only">{legend}</legend>
          {body}
        </fieldset>
      </FacetDisclosure>
    );
  }
  return (
    <fieldset className="m-0 mb-4 border-0 border-t border-border p-0 pt-3" aria-describedby={hintId}>
      <legend className="float-start mb-2 w-full font-bold">{legend}</legend>
      <div className="clear-both">{body}</div>
    </fieldset>
  );
}
