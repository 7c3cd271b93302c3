/**
 * A link the city's data gives (a request's photo, say) is shown only when it is a plain web address: no
 * `javascript:`, `data:` or relative URLs, and nothing is fetched until the user follows it.
 */
export function safeWebUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
