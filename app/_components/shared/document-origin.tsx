// Where an article comes from: the publication's name and a link to the article's URL (its host shown), as stored.
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export function DocumentOrigin({ source, outlet, className = "document-origin" }: { source?: string; outlet?: string; className?: string }) {
  if (!source && !outlet) return null;
  return (
    <span className={className} data-testid="document-origin">
      {outlet && (
        <span className="outlet" dir="auto" lang={/[\u0600-\u06FF]/.test(outlet) ? "ar" : "en"}>
          {outlet}
        </span>
      )}
      {outlet && source && " · "}
      {source && (
        <a href={source} target="_blank" rel="noreferrer" title={source} lang="en" dir="ltr">
          {hostOf(source)}
        </a>
      )}
    </span>
  );
}
