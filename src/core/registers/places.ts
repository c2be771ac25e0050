// Resolving the village and unit names typed on the other sheets to the rows of the villages and units sheets.
import { foldKey } from '../text/normalize';
import { closestMatch } from '../text/similar';
import { villageCoreKey, villageKey } from '../text/village';

export interface Place {
  key: string;
  name: string;
}

export class PlaceIndex {
  private readonly byKey = new Map<string, Place>();
  private readonly byCore = new Map<string, Place[]>();
  // The same few names are typed on thousands of rows: resolve each spelling once.
  private readonly memo = new Map<string, Place | null>();

  constructor(
    places: readonly Place[],
    private readonly keyOf: (name: string) => string,
    private readonly coreOf: ((name: string) => string) | null,
  ) {
    for (const p of places) {
      this.byKey.set(p.key, p);
      if (coreOf) {
        const core = coreOf(p.name);
        this.byCore.set(core, [...(this.byCore.get(core) ?? []), p]);
      }
    }
  }

  get names(): string[] {
    return [...this.byKey.values()].map((p) => p.name);
  }

  /** Exact key first; then, for villages, the bare number or name ("3" for "Thôn 3") when only one village has it. */
  resolve(name: string): Place | null {
    let hit = this.memo.get(name);
    if (hit === undefined) {
      hit = this.lookup(name);
      this.memo.set(name, hit);
    }
    return hit;
  }

  private lookup(name: string): Place | null {
    const exact = this.byKey.get(this.keyOf(name));
    if (exact) return exact;
    if (!this.coreOf) return null;
    const candidates = this.byCore.get(this.coreOf(name)) ?? [];
    return candidates.length === 1 ? (candidates[0] ?? null) : null;
  }

  suggest(name: string): string {
    return closestMatch(name, this.names) ?? '';
  }
}

export const villageIndex = (places: readonly Place[]) => new PlaceIndex(places, villageKey, villageCoreKey);
export const unitIndex = (places: readonly Place[]) => new PlaceIndex(places, foldKey, null);
