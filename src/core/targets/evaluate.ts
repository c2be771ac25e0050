// Choosing the targets of a year and comparing them with the tally, commune-wide and village by village.
import type { CommuneTally, Ratio, TargetEvaluation, VillageShortfall, VillageTally } from '../result';
import { meets, ratio, shortfall } from '../tally/ratio';
import { indicatorLabel } from './presets';
import type { IndicatorCode, Target } from './schema';

const communeRatio = (c: CommuneTally, indicator: IndicatorCode, target: Target): Ratio => {
  switch (indicator) {
    case 'family':
      return c.family.recognisedRatio;
    case 'clan':
      return c.clan.recognisedRatio;
    case 'community':
      return c.community.recognisedRatio;
    case 'unit':
      return c.unit.recognisedRatio;
    case 'citizenAdults':
      return c.citizen.adults;
    case 'citizenWorkers':
      return c.citizen.workers;
    case 'citizenOfficials':
      return c.citizen.officials;
    case 'citizenAll':
      return c.citizen.citizens;
    case 'citizenDigital':
      return c.citizen.digital;
    case 'citizenDigitalPro':
      return c.citizen.digitalPro;
    case 'custom':
      return ratio(target.numerator ?? 0, target.numerator === undefined ? 0 : (target.denominator ?? 0));
  }
};

/** Indicators measured per village; the others (units, officials, digital skills, custom) are commune-wide only. */
const villageRatio = (v: VillageTally, indicator: IndicatorCode): Ratio | null => {
  switch (indicator) {
    case 'family':
      return v.family.recognisedRatio;
    case 'clan':
      return v.clan.recognisedRatio;
    case 'citizenAdults':
      return v.citizen.adults;
    case 'citizenWorkers':
      return v.citizen.workers;
    case 'citizenAll':
      return v.citizen.citizens;
    default:
      return null;
  }
};

export const evaluateTargets = (
  targets: readonly Target[],
  villages: readonly VillageTally[],
  commune: CommuneTally,
): TargetEvaluation[] =>
  targets.map((target) => {
    const actual = communeRatio(commune, target.indicator, target);
    const missing: VillageShortfall[] = [];
    const perVillage =
      target.scope === 'everyVillage' && villages.some((v) => villageRatio(v, target.indicator) !== null);
    if (perVillage) {
      for (const v of villages) {
        const r = villageRatio(v, target.indicator);
        if (r === null || r.denominator === 0) continue;
        if (meets(r, target.percent, target.comparison) === false) {
          missing.push({
            key: v.key,
            name: v.name,
            actual: r,
            shortfall: shortfall(r, target.percent, target.comparison),
          });
        }
      }
    }
    const communeMet = meets(actual, target.percent, target.comparison);
    const met = perVillage ? (communeMet === null ? null : communeMet && missing.length === 0) : communeMet;
    const communeGap = shortfall(actual, target.percent, target.comparison);
    return {
      target,
      indicator: target.indicator,
      label: target.indicator === 'custom' && target.label ? target.label : indicatorLabel(target.indicator),
      actual,
      met,
      shortfall: perVillage
        ? Math.max(
            communeGap,
            missing.reduce((s, m) => s + m.shortfall, 0),
          )
        : communeGap,
      villagesMissing: missing,
    };
  });
