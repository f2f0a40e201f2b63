// The React 19 recipe as a site's TSX, checked against the package as published (lib/, types/):
// the lines marked @ts-expect-error must stay errors, or the types stopped checking anything.
import type {} from 'kanaalwijzer/react';
import type { KwEventMap } from 'kanaalwijzer';
import { useRef, type ReactNode } from 'react';

export function Contact({ topic, policy }: { topic: string; policy: object }): ReactNode {
  const ref = useRef<HTMLElementTagNameMap['kanaal-wijzer']>(null);
  const picked: KwEventMap['kw-channel-select'][] = [];
  return (
    <>
      <kanaal-wijzer
        ref={ref}
        policy="/contact-policy.json"
        topic={topic}
        mode="inline"
        onkw-channel-select={(event) => picked.push(event.detail)}
        onkw-ready={(event) => event.detail.channels.join()}
        onkw-policy-error={(event) => event.detail.errors.map((error) => error.path)}
      />
      <kanaal-wijzer policy={policy} lang="en" />
      {/* @ts-expect-error a misspelt attribute */}
      <kanaal-wijzer polcy="/contact-policy.json" />
      {/* @ts-expect-error a mode that does not exist */}
      <kanaal-wijzer mode="floating" />
      {/* @ts-expect-error kw-channel-select carries `channel`, not `channels` */}
      <kanaal-wijzer onkw-channel-select={(event) => event.detail.channels} />
      {/* @ts-expect-error kw-ready's channels are strings */}
      <kanaal-wijzer onkw-ready={(event: CustomEvent<{ channels: number[] }>) => event.detail.channels} />
    </>
  );
}
