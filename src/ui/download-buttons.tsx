/**
 * "Export as …: a | b": buttons that each write a file and hand it to the browser as a download, one at a
 * time, saying so when a file could not be written.
 */
import { useState } from 'react';

export interface DownloadFile {
  blob: Blob;
  fileName: string;
}

export function DownloadButtons<K extends string>(props: {
  /** What the group exports ("Export as CSV"). */
  label: string;
  items: readonly { id: K; label: string }[];
  /** Writes the file of an item; each button's test id is `export-<id>`. */
  write: (id: K) => Promise<DownloadFile>;
  failedText: string;
}) {
  const [busy, setBusy] = useState<K | null>(null);
  const [failed, setFailed] = useState(false);
  const download = async (id: K) => {
    setBusy(id);
    setFailed(false);
    try {
      const { blob, fileName } = await props.write(id);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      // The download has the blob by the time the click returns; the URL is freed a moment later.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={props.label}>
      <span>{props.label}:</span>
      {props.items.map((item) => (
        <button
          key={item.id}
          type="button"
          className="link-button"
          data-testid={`export-${item.id}`}
          aria-busy={busy === item.id}
          disabled={busy !== null}
          onClick={() => void download(item.id)}
        >
          {item.label}
        </button>
      ))}
      {failed ? <span role="alert">{props.failedText}</span> : null}
    </div>
  );
}
