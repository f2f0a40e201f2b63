/**
 * One launcher per page: a second would sit exactly over the first (both in the viewport's same
 * corner, in the top layer). The first element that wants one draws it; a later one yields, says
 * so once, and draws it only when the first leaves the page or stops wanting it.
 */
interface Claimant {
  requestUpdate(): void;
}

const wanting = new Set<Claimant>();
let warned = false;

const first = (): Claimant | undefined => wanting.values().next().value;

/** Whether `element` draws the page's launcher; call on every render, and with `wants` false when it leaves. */
export function drawsLauncher(element: Claimant, wants: boolean): boolean {
  const before = first();
  if (wants) wanting.add(element);
  else wanting.delete(element);
  const holder = first();
  if (before === element && holder !== element) holder?.requestUpdate();
  if (wants && holder !== element && !warned) {
    warned = true;
    console.warn('<kanaal-wijzer>: the page has a launcher; give this one trigger="…" or mode="inline".');
  }
  return holder === element;
}
