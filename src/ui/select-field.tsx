/** A labelled drop-down of fixed choices, typed by the values it offers (the one place a select's string is narrowed). */
export interface Choice<Value extends string> {
  value: Value;
  label: string;
}

export function SelectField<Value extends string>(props: {
  label: string;
  testId: string;
  value: Value;
  choices: readonly Choice<Value>[];
  onChange: (value: Value) => void;
  /** Where the field's place already says what it chooses: the label is read by screen readers only. */
  hideLabel?: boolean;
}) {
  const { choices, onChange } = props;
  return (
    <label>
      <span className={props.hideLabel ? 'visually-hidden' : undefined}>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        // The option's value is one of `choices`, so the narrowing cannot lie.
        onChange={(e) => onChange(choices[e.target.selectedIndex]!.value)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
