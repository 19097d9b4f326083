/**
 * Stands in for `eventemitter2` when json-rules-engine is bundled (see
 * `scripts/slim-rules-engine.mjs`). Its `Engine` and `Rule` extend EventEmitter2 only to emit
 * `success` / `failure` events; this library never listens to them and never hands the engine out,
 * so the part of the API json-rules-engine itself calls is enough — at a fraction of the size.
 * A constructor function, not a class: json-rules-engine's ES5 subclasses call it without `new`.
 */
type Listener = (...args: unknown[]) => unknown;

const LISTENERS = Symbol('listeners');

interface Emitter {
  [LISTENERS]?: Map<string, Listener[]>;
}

function listenersOf(emitter: Emitter, event: string): Listener[] {
  const map = (emitter[LISTENERS] ??= new Map());
  let list = map.get(event);
  if (list === undefined) {
    list = [];
    map.set(event, list);
  }
  return list;
}

/** A minimal EventEmitter2: `on`, `off`, `emit` and `emitAsync`. */
function EventEmitter(this: Emitter): void {
  this[LISTENERS] = new Map();
}

EventEmitter.prototype.on = function on(this: Emitter, event: string, listener: Listener): Emitter {
  listenersOf(this, event).push(listener);
  return this;
};
EventEmitter.prototype.addListener = EventEmitter.prototype.on;

EventEmitter.prototype.off = function off(this: Emitter, event: string, listener: Listener): Emitter {
  const list = listenersOf(this, event);
  const index = list.indexOf(listener);
  if (index >= 0) list.splice(index, 1);
  return this;
};
EventEmitter.prototype.removeListener = EventEmitter.prototype.off;

EventEmitter.prototype.emit = function emit(this: Emitter, event: string, ...args: unknown[]): boolean {
  const list = [...listenersOf(this, event)];
  for (const listener of list) listener.apply(this, args);
  return list.length > 0;
};

/** Calls every listener and resolves when all their results have resolved, like EventEmitter2. */
EventEmitter.prototype.emitAsync = function emitAsync(this: Emitter, event: string, ...args: unknown[]): Promise<unknown[]> {
  return Promise.all([...listenersOf(this, event)].map((listener) => listener.apply(this, args)));
};

export default EventEmitter;
