import { EDGE_KINDS, NOISE_MARK, PARTNER_TYPES, TYPE_MARKS, EDGE_STYLES, type SchemeColor } from '../domain';

type Scheme = keyof SchemeColor;

/** The visual language's colours as CSS custom properties for one colour scheme. */
export function visualTokens(scheme: Scheme): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const type of PARTNER_TYPES) {
    tokens[`--type-${type}`] = TYPE_MARKS[type].color[scheme];
    tokens[`--type-${type}-soft`] = TYPE_MARKS[type].soft[scheme];
  }
  for (const kind of EDGE_KINDS) tokens[`--edge-${kind}`] = EDGE_STYLES[kind].color[scheme];
  tokens['--noise'] = NOISE_MARK.color[scheme];
  return tokens;
}

/** A stylesheet that sets them on :root, light by default and dark under prefers-color-scheme: dark. */
export function visualTokenCss(): string {
  const block = (scheme: Scheme) =>
    Object.entries(visualTokens(scheme))
      .map(([name, value]) => `${name}: ${value};`)
      .join(' ');
  return `:root { ${block('light')} }\n@media (prefers-color-scheme: dark) { :root { ${block('dark')} } }`;
}

/** Adds the tokens to the document once, as a constructed stylesheet (no inline <style>, so no CSP change). */
export function installVisualTokens(doc: Document = document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(visualTokenCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
