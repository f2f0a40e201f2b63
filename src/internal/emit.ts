/**
 * The widget's own events are fired from here, not by a method on the element: a page script that
 * holds the element finds no way there to fire `kw-email-sent` in the widget's name (and have
 * insights count it). The element registers how it fires its events; its parts fire through this.
 */
import type { KwEventMap, KwEventName } from '../events.js';

/** An event's detail as its firer gives it: the visit reference is added unless it carries its own. */
export type EmitDetail<K extends KwEventName> = Omit<KwEventMap[K], 'reference'> & { reference?: string };
type Emitter = <K extends KwEventName>(name: K, detail: EmitDetail<K>) => void;

const emitters = new WeakMap<Element, Emitter>();
const own = new WeakSet<Event>();

/** Marks an event the element fires itself; only its own emitter does. */
export function ownEvent<E extends Event>(event: E): E {
  own.add(event);
  return event;
}

/** Whether the widget fired `event` itself, rather than a page script in its name: insights count only these. */
export function isOwnEvent(event: Event): boolean {
  return own.has(event);
}

/** How `element` fires its own events, for its parts to use. */
export function ownEvents(element: Element, emitter: Emitter): void {
  emitters.set(element, emitter);
}

/** Fires one of `element`'s own events. */
export function emit<K extends KwEventName>(element: Element, name: K, detail: EmitDetail<K>): void {
  emitters.get(element)?.(name, detail);
}
