// An interactive problem's sample: the exchange between the judge and a program, one line after
// another, the judge's on the left and the program's on the right. Each line also names its
// side in words, so the sides are told apart without seeing the layout or the colours. A
// multi-pass problem's exchange is parted into its passes (the program runs anew in each).

import type { Interaction, InteractionLine } from '../api/types';

const SIDE_NAMES: Record<InteractionLine['from'], string> = { judge: 'Judge', program: 'You' };

export function InteractionSample({ interaction, number }: { interaction: Interaction; number: number }) {
  let pass = 1;
  return (
    <div className="sample" data-testid={`interaction-${number}`}>
      <h3 id={`interaction-title-${number}`}>Example {number}</h3>
      <div className="exchange-heads" aria-hidden="true">
        <span>Judge</span>
        <span>Your program</span>
      </div>
      <ol className="exchange" aria-labelledby={`interaction-title-${number}`}>
        {interaction.lines.map((line, i) => [
          line.new_pass && (
            <li key={`pass-${i}`} className="exchange-pass" data-testid="exchange-pass">
              Pass {++pass}: your program runs again
            </li>
          ),
          <li key={i} className={`exchange-line from-${line.from}`} data-from={line.from}>
            <span className="exchange-side">{SIDE_NAMES[line.from]}</span>
            {line.text === '' ? (
              <span className="exchange-text exchange-empty">(empty line)</span>
            ) : (
              <code className="exchange-text">{line.text}</code>
            )}
          </li>,
        ])}
      </ol>
    </div>
  );
}
