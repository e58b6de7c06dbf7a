import type { Piece, Token } from '@/lib/annotate/types';

/**
 * Renders an annotated Chinese sentence following the markup contract:
 * `<span data-word>` per word holding one `<ruby>字<rt>zì</rt></ruby>` per Han character;
 * glossary occurrences as links with `data-term` (the popover script upgrades them; without
 * JavaScript they lead to the glossary entry). Tone and sandhi are plain attributes so CSS can
 * switch them without re-rendering. `rt` is aria-hidden so screen readers read each word once.
 */
function TokenView({ token }: { token: Token }) {
  if (token.kind === 'text') return token.text;
  return (
    <span data-word={token.text}>
      {token.chars.map((c, i) => (
        <ruby key={i} className={`t${c.tone}`}>
          {c.ch}
          {/* data-s only where sandhi differs: an undefined prop would still cost bytes in the RSC payload. */}
          <rt aria-hidden="true" {...(c.spoken ? { 'data-s': c.spoken } : {})}>
            {c.py}
          </rt>
        </ruby>
      ))}
    </span>
  );
}

export function ZhText({ pieces, locale }: { pieces: Piece[]; locale: string }) {
  return pieces.map((p, i) =>
    p.kind === 'term' ? (
      <a key={i} className="term" data-term={p.termId} href={`/${locale}/glossary#${p.termId}`}>
        {p.tokens.map((t, j) => (
          <TokenView key={j} token={t} />
        ))}
      </a>
    ) : (
      <TokenView key={i} token={p} />
    ),
  );
}
