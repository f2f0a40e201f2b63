// A React 19 client app that renders the widget as the README tells React users to: the tag with
// its props, a policy URL or object, and onkw-… event props. The test drives it through window.kwReact.
import { StrictMode, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { KwEventMap } from '../../../src/events.js';

export interface WidgetProps {
  /** A URL, or an object made in this page's realm. */
  policy?: string | object;
  topic?: string;
  lang?: string;
  mode?: 'launcher' | 'inline';
  /** Changing it makes React replace the element. */
  widgetKey?: string;
  /** Whether the widget is rendered at all. */
  shown?: boolean;
}

declare global {
  interface Window {
    kwReact: { render(props: WidgetProps, options?: { strict?: boolean }): void; unmount(): void };
    kwReactSelected: KwEventMap['kw-channel-select'][];
  }
}

window.kwReactSelected = [];

function Widget({ policy, topic, lang, mode, widgetKey = 'one', shown = true }: WidgetProps): ReactNode {
  // A page with state of its own around the widget, as an app has.
  const [clicks, setClicks] = useState(0);
  return (
    <section>
      <button id="rerender" onClick={() => setClicks(clicks + 1)}>
        Rendered {clicks}
      </button>
      {shown && (
        <kanaal-wijzer
          key={widgetKey}
          policy={policy}
          topic={topic}
          lang={lang}
          mode={mode}
          onkw-channel-select={(event) => window.kwReactSelected.push(event.detail)}
        />
      )}
    </section>
  );
}

let root: Root | undefined;

window.kwReact = {
  render(props, { strict = false } = {}) {
    root ??= createRoot(document.getElementById('root') as HTMLElement);
    root.render(strict ? <StrictMode><Widget {...props} /></StrictMode> : <Widget {...props} />);
  },
  unmount() {
    root?.unmount();
    root = undefined;
  },
};
