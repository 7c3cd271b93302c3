export interface Crumb {
  key: string;
  label: string;
  onSelect?: () => void;
}

/** city › district › neighbourhood; every crumb but the last goes back to its level. */
export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav className="breadcrumbs" aria-label={label} data-testid="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={item.key} data-testid="crumb">
            {i < items.length - 1 && item.onSelect ? (
              <button type="button" className="link-button" onClick={item.onSelect}>
                {item.label}
              </button>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
