/** Holds the date range field's place, at its size, for the moment its code is loading. */
export function PendingRangeField({ label }: { label: string }) {
  return (
    <div className="pending-range-field" aria-busy="true">
      <span>{label}</span>
      <span className="pending-range-field__box" />
    </div>
  );
}
