// LockService and PropertiesService with Apps Script's limits.
import { Fake } from './tracker';

type Args<T, K extends keyof T> = T[K] extends (...a: infer A) => unknown ? A : never;
type GProps = GoogleAppsScript.Properties.Properties;

export class FakeLock extends Fake {
  readonly kind = 'Lock';
  /** Another user's execution holds the document lock. */
  heldByOther = false;
  held = false;
  tryLock(...[_ms]: Args<GoogleAppsScript.Lock.Lock, 'tryLock'>): boolean {
    if (this.heldByOther) return false;
    this.held = true;
    return true;
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.held = false;
  }
}

export class FakeLockService extends Fake {
  readonly kind = 'LockService';
  readonly documentLock = new FakeLock();
  getDocumentLock(): FakeLock {
    return this.documentLock;
  }
}

const VALUE_LIMIT = 9 * 1024;
const TOTAL_LIMIT = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class FakeProperties extends Fake {
  readonly kind = 'Properties';
  readonly store = new Map<string, string>();
  private check(): void {
    let total = 0;
    for (const [k, v] of this.store) {
      if (bytes(v) > VALUE_LIMIT) throw new Error(`Argument too large: value of ${k}`);
      total += bytes(k) + bytes(v);
    }
    if (total > TOTAL_LIMIT) throw new Error('You have exceeded the property storage quota.');
  }
  getProperty(...[key]: Args<GProps, 'getProperty'>): string | null {
    return this.store.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperty(...[key, value]: Args<GProps, 'setProperty'>): this {
    this.store.set(key, String(value));
    this.check();
    return this;
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(props)) this.store.set(k, String(v));
    this.check();
    return this;
  }
  deleteProperty(...[key]: Args<GProps, 'deleteProperty'>): this {
    this.store.delete(key);
    return this;
  }
}

export class FakePropertiesService extends Fake {
  readonly kind = 'PropertiesService';
  readonly document = new FakeProperties();
  getDocumentProperties(): FakeProperties {
    return this.document;
  }
}
