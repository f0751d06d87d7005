import type { BodyRules } from '@eshkol/contracts/governance';
import type { TFunction } from 'i18next';

type Fraction = BodyRules['majority']['fraction'];

/** A fraction in words where it has them (half, two thirds …), otherwise as figures. */
function fractionText(t: TFunction, [p, q]: Fraction): { text: string; named: boolean } {
  const key = `${p}/${q}`;
  if (key === '1/3') return { text: t('governance:rules.fraction.third'), named: true };
  if (key === '2/3') return { text: t('governance:rules.fraction.twoThirds'), named: true };
  if (key === '3/4') return { text: t('governance:rules.fraction.threeQuarters'), named: true };
  return { text: t('governance:rules.fraction.other', { p, q }), named: false };
}

/** "more than half of …", "at least two thirds of …", "all …". */
function shareText(t: TFunction, fraction: Fraction, strict: boolean, of: string): string {
  const [p, q] = fraction;
  if (p === q && !strict) return t('governance:rules.all', { of });
  if (p * 2 === q) return strict ? t('governance:rules.moreThanHalf', { of }) : t('governance:rules.atLeastHalf', { of });
  const f = fractionText(t, fraction);
  if (!strict) return t('governance:rules.atLeast', { fraction: f.text, of });
  return f.named ? t('governance:rules.moreThan', { fraction: f.text, of }) : t('governance:rules.moreThanFigures', { fraction: f.text, of });
}

const isSimpleMajority = (m: BodyRules['majority']) => m.of === 'cast' && m.strict && m.fraction[0] * 2 === m.fraction[1];

/** A body's voting rules as four sentences: its quorum, the majority a decision needs, the weight of a vote, and a tie. */
export function rulesInWords(rules: BodyRules, t: TFunction): { quorum: string; majority: string; weights: string; tie: string } {
  const quorum =
    'count' in rules.quorum ? t('governance:rules.quorumCount', { count: rules.quorum.count }) : shareText(t, rules.quorum.fraction, rules.quorum.strict, t('governance:rules.of.members'));
  const m = rules.majority;
  const majority = isSimpleMajority(m) ? t('governance:rules.simpleMajority') : shareText(t, m.fraction, m.strict, t(`governance:rules.of.${m.of}`));
  return {
    quorum: t('governance:rules.quorum', { text: quorum }),
    majority: t('governance:rules.majority', { text: majority }),
    weights: rules.weights === 'equal' ? t('governance:rules.weights.equal') : t('governance:rules.weights.population'),
    tie: rules.chairBreaksTie ? t('governance:rules.tie.chair') : t('governance:rules.tie.fails'),
  };
}
