/**
 * The calculator's results view: range, walk-away number, the state beside the national figure, warnings,
 * the script, the math and the state's pay-range law. The logic comes from src/lib/salary; SalaryCalculator
 * loads this module with src/lib/salary/engine.ts when the reader first reaches the form, so nothing here
 * costs anything at first render (the page budget is 16 KB gzip).
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { calculate, type SalaryResult, type SalaryWarning } from '../lib/salary/calculate.ts';
import type { OccupationWage, PercentileKey } from '../lib/salary/dataset.ts';
import { aboutPrefix, formatDollars, formatPay, formatPayPer, formatPercent, marketSource, perUnit } from '../lib/salary/format.ts';
import { FIELD_LABELS, type SalaryField, type SalaryForm } from '../lib/salary/form.ts';
import { readSalaryForm, type PlaceContext, type SalaryFieldError, type SalaryFormResult } from '../lib/salary/inputs.ts';
import { LEVEL_TARGET, RANGE_SPREAD_BASIS_POINTS, type PayUnit } from '../lib/salary/model.ts';
import { HOURS_PER_YEAR } from '../lib/salary/round.ts';
import { whatToSay } from '../lib/salary/script.ts';
import type { AreaFigures, PlaceMarket } from '../lib/salary/area.ts';
import { lawWords, priceText } from '../lib/salary/result-words.ts';

/** What the results need from the calculator. */
export interface SalaryResultsProps {
  result: SalaryResult;
  occupation: OccupationWage;
  /** Where the job is, and whether the state's own figures were used. */
  place: PlaceMarket;
  /** The chosen state's figures (price level, law); null for national. */
  figures: AreaFigures | null;
  citation: string;
  /** Citation of the state figures, e.g. "BLS OEWS, May 2024". */
  areaCitation: string;
  /** Saves the range for the prep sheet. */
  onSave: () => void;
  /** True when the saved range is this one. */
  isSaved: boolean;
  /** Heading element for the sub-sections. */
  Sub: 'h3' | 'h4';
  /** Makes an element id unique to this calculator. */
  id: (name: string) => string;
}

const PERCENTILE_NAMES: Record<PercentileKey, string> = {
  p10: '10th percentile',
  p25: '25th percentile',
  p50: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
};

/** The results for a valid form. */
export default function SalaryResults({ result, occupation, place, figures, citation, areaCitation, onSave, isSaved, Sub, id }: SalaryResultsProps) {
  const { unit, market } = result;
  const source = marketSource(result, place.source === 'state' ? areaCitation : citation);
  const about = aboutPrefix(result);
  const script = whatToSay(result, occupation, place);
  const noRange = result.posted?.kind === 'floor-above-top';
  const scriptRef = useRef<HTMLParagraphElement>(null);
  // Which script the copy status is about, so the status clears itself when the numbers change.
  const [copied, setCopied] = useState<{ script: string; how: 'copied' | 'selected' } | null>(null);
  const copyState = copied?.script === script ? copied.how : null;

  const copyScript = async () => {
    try {
      await navigator.clipboard.writeText(script);
      setCopied({ script, how: 'copied' });
    } catch {
      // No clipboard (older browsers, insecure origins) or permission refused: select the text so the reader can copy it.
      const selection = window.getSelection();
      if (scriptRef.current && selection) selection.selectAllChildren(scriptRef.current);
      setCopied({ script, how: 'selected' });
    }
  };

  return (
    <>
      {noRange && result.posted ? (
        <p class="range" data-no-range>
          Your floor ({formatPayPer(result.floorInUnit, unit)}) is above the top of the posted range ({formatPayPer(result.posted.to, unit)}). This job, as
          posted, doesn’t cover your costs and savings, so there is no range to say inside it.
        </p>
      ) : (
        <p class="range">
          Say{' '}
          <strong data-range>
            {formatPay(result.low, unit)} to {formatPay(result.high, unit)}
          </strong>{' '}
          {perUnit(unit)}.
        </p>
      )}
      {result.posted?.kind === 'inside' && (
        <p class="meta">
          Inside the posted range of {formatPay(result.posted.from, unit)} to {formatPayPer(result.posted.to, unit)}
          {result.posted.upper ? ', toward its upper part, because the market here supports it.' : '.'}
        </p>
      )}
      <PlaceLine place={place} occupation={occupation} figures={figures} areaCitation={areaCitation} usesOwn={market.source === 'own'} />
      <p>
        Walk away below <strong data-walk-away>{formatPayPer(result.walkAway, unit)}</strong>. Keep this number to yourself.
      </p>
      <p class="meta">
        Market for {market.level} level: {about}
        {formatPay(market.low, unit)} to {formatPayPer(market.high, unit)} ({source}).
      </p>
      {result.warnings.map((warning) => (
        <p class="notice" data-warning={warning.kind}>
          <WarningText warning={warning} pay={(amount) => formatPayPer(amount, unit)} about={about} source={source} />
        </p>
      ))}
      {result.comparedWithCurrent && (
        <p>
          {result.comparedWithCurrent.direction === 'same'
            ? 'Your range starts at about what you earn now.'
            : `Your range starts ${result.comparedWithCurrent.percent} % ${result.comparedWithCurrent.direction} than you earn now (${formatPayPer(result.comparedWithCurrent.current, unit)}).`}
        </p>
      )}

      <div class="say card">
        <Sub>What to say</Sub>
        <p class="script" id={id('script')} ref={scriptRef}>
          {script}
        </p>
        <p class="actions">
          <button type="button" onClick={copyScript}>
            Copy the script
          </button>
          {!noRange && (
            <button type="button" class="secondary" onClick={onSave}>
              Save this range for my prep sheet
            </button>
          )}
        </p>
        <p role="status" class="meta status">
          {copyState === 'copied' && 'Copied. Paste it into your notes. '}
          {copyState === 'selected' && 'Your browser didn’t let us copy, so the script is selected. Press Ctrl+C (⌘C on a Mac) to copy it. '}
          {isSaved && 'Saved for your prep sheet.'}
        </p>
      </div>

      <details class="math">
        <summary>Show the math</summary>
        <Working result={result} occupation={occupation} place={place} source={source} about={about} unit={unit} />
      </details>
    </>
  );
}

/** One warning, in plain words. */
function WarningText({
  warning,
  pay,
  about,
  source,
}: {
  warning: SalaryWarning;
  pay: (amount: number) => string;
  about: string;
  source: string;
}): ComponentChildren {
  switch (warning.kind) {
    case 'floor-above-p75':
      return (
        <>
          <strong>Reality check:</strong> your floor ({pay(warning.floor)}) is above what three in four people in this job earn ({about}
          {pay(warning.p75)}, {source}). Employers may not reach it. Look again at your costs, at a better-paid job, or at how you’d close the gap.
        </>
      );
    case 'planned-below-p25':
      return (
        <>
          <strong>Lowball warning:</strong> {pay(warning.planned)} is below what three in four people in this job earn ({about}
          {pay(warning.p25)}, {source}). Say the range above instead.
        </>
      );
    case 'planned-below-floor':
      return (
        <>
          <strong>Below your floor:</strong> {pay(warning.planned)} would not cover your costs and savings. Don’t go below {pay(warning.walkAway)}.
        </>
      );
    case 'posted-below-p10':
    case 'posted-above-p90':
      // Shown next to the posted-range fields instead.
      return null;
    case 'range-below-current':
      return (
        <>
          <strong>Heads up:</strong> your range starts below what you earn now ({pay(warning.current)}). If you wouldn’t take a pay cut for this job, aim
          higher.
        </>
      );
  }
}

/** The step-by-step working, with the reader's numbers. */
function Working({
  result,
  occupation,
  place,
  source,
  about,
  unit,
}: {
  result: SalaryResult;
  occupation: OccupationWage;
  place: PlaceMarket;
  source: string;
  about: string;
  unit: PayUnit;
}) {
  const { floor, market, step } = result;
  const pay = (amount: number) => formatPayPer(amount, unit);
  const stepText = formatPay(step, unit);
  const hours = `${HOURS_PER_YEAR.toLocaleString('en-US')} hours`;
  const adjustment = market.adjustmentBasisPoints;
  return (
    <ol>
      <li>
        <strong>Essentials for a year:</strong> {formatDollars(floor.monthlyCosts)} a month × 12 = {formatDollars(floor.essentialsPerYear)}.
      </li>
      <li>
        <strong>Before tax:</strong>{' '}
        {floor.taxBasisPoints === 0
          ? `with no tax rate, this stays ${formatDollars(floor.grossedUp)}.`
          : `${formatDollars(floor.essentialsPerYear)} ÷ (1 − ${formatPercent(floor.taxBasisPoints)}) = ${formatDollars(floor.grossedUp)}, rounded up to the dollar. That is the pay that leaves your essentials after tax.`}
      </li>
      <li>
        <strong>Your floor:</strong> {formatDollars(floor.grossedUp)} + {formatDollars(floor.savingsPerYear)} savings = {formatDollars(floor.perYear)} a year
        {unit === 'hour' && `, ÷ ${hours} = ${pay(result.floorInUnit)}, rounded up to the cent`}.
      </li>
      <li>
        <strong>The market:</strong>{' '}
        {market.source === 'dataset'
          ? `${place.source === 'state' ? `${place.areaName} pay` : 'U.S. pay'} for ${occupation.title} (${source})${adjustment ? `, ${adjustment > 0 ? 'raised' : 'lowered'} by your override of ${formatPercent(Math.abs(adjustment))}` : ''}${unit === 'hour' ? `, ÷ ${hours}` : ''}. `
          : 'Your own figures, as you typed them. '}
        At {market.level} level the market runs from the {PERCENTILE_NAMES[market.from]} to the {PERCENTILE_NAMES[market.to]}: {about}
        {formatPay(market.low, unit)} to {pay(market.high)}.
      </li>
      <li>
        <strong>Where to aim:</strong> one rule for every level: aim at the bottom of your level’s slice. Entry level aims at the{' '}
        {PERCENTILE_NAMES[LEVEL_TARGET.entry]}, where entry-level pay usually sits; mid level at the {PERCENTILE_NAMES[LEVEL_TARGET.mid]}; senior at the{' '}
        {PERCENTILE_NAMES[LEVEL_TARGET.senior]}. Here: the {PERCENTILE_NAMES[market.aim]}, {about}
        {pay(market.aimValue)}.
      </li>
      <li>
        <strong>Target:</strong> the higher of your floor ({pay(result.floorInUnit)}) and that aim ({pay(market.aimValue)}) is {pay(result.target)}, set by{' '}
        {result.targetFrom === 'floor' ? 'your floor' : 'the market'}.
      </li>
      <li>
        <strong>Range to say:</strong>{' '}
        {result.posted?.kind === 'floor-above-top'
          ? `none: your floor is above the posted top of ${pay(result.posted.to)}.`
          : result.posted
            ? `inside the posted ${formatPay(result.posted.from, unit)} to ${pay(result.posted.to)}. The bottom is the higher of your target and the posting’s bottom${result.posted.upper ? ' and its midpoint (the market reaches its upper half)' : ''}, rounded up to the next ${stepText} but never above the posted top: ${pay(result.low)}. The top is ${result.posted.upper ? 'the posted top' : `the bottom plus ${formatPercent(RANGE_SPREAD_BASIS_POINTS)}, no higher than the posted top`}: ${pay(result.high)}.`
            : `the bottom is the target rounded up to the next ${stepText}: ${pay(result.low)}. The top adds ${formatPercent(RANGE_SPREAD_BASIS_POINTS)}, rounded to the nearest ${stepText}: ${pay(result.high)}.`}{' '}
        Callers often hear only the low end, so the bottom is a number you can accept.
      </li>
      <li>
        <strong>Price level:</strong> prices where you live change what pay buys, not what employers pay, so the range never multiplies a wage by them.
      </li>
      <li>
        <strong>Walk-away number:</strong> your floor rounded up to the next {stepText}: {pay(result.walkAway)}. An offer below it would not cover your
        essentials after tax and your savings. Never say it on the call.
      </li>
    </ol>
  );
}

/** Which fields to fix, each linked to (and focusing) its input. */
export function FixList({ errors, id }: { errors: SalaryFieldError[]; id: (name: string) => string }) {
  const focus = (event: MouseEvent, field: SalaryField) => {
    event.preventDefault();
    document.getElementById(id(field))?.focus();
  };
  return (
    <div class="fix">
      <p>
        <strong>To see your range, fix {errors.length === 1 ? 'this' : `these ${errors.length} things`}:</strong>
      </p>
      <ul>
        {errors.map((error) => (
          <li>
            <a href={`#${id(error.field)}`} onClick={(event) => focus(event, error.field)}>
              {FIELD_LABELS[error.field]}
            </a>
            : {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Before the form is complete: which fields are still empty, and the market band so far. */
export function Waiting({
  read,
  form,
  occupations,
  citation,
  place,
}: {
  read: SalaryFormResult;
  form: SalaryForm;
  occupations: OccupationWage[];
  citation: string;
  place: PlaceContext;
}) {
  const names = read.ok ? [] : read.errors.map((e) => FIELD_LABELS[e.field].toLowerCase());
  const preview = readSalaryForm({ ...form, monthlyCosts: '0', taxRate: '0' }, occupations, place);
  const band = preview.ok ? calculate(preview.input) : null;
  return (
    <>
      <p>Fill in your {names.length > 0 ? names.join(' and ') : 'details'} to see the range to say and your walk-away number.</p>
      {band && (
        <p class="meta">
          Market for {band.market.level} level: {aboutPrefix(band)}
          {formatPay(band.market.low, band.unit)} to {formatPayPer(band.market.high, band.unit)} ({marketSource(band, citation)}).
        </p>
      )}
    </>
  );
}

/** The state's figure beside the national one, with the source; the fallback said in words; the price level as context only. */
function PlaceLine({
  place,
  occupation,
  figures,
  areaCitation,
  usesOwn,
}: {
  place: PlaceMarket;
  occupation: OccupationWage;
  figures: AreaFigures | null;
  areaCitation: string;
  usesOwn: boolean;
}) {
  const national = `U.S. median ${formatDollars(place.national.p50)}, 25th percentile ${formatDollars(place.national.p25)}`;
  const fallback = place.fallback;
  return (
    <>
      <p class="meta" data-place>
        {place.source === 'state'
          ? `${place.areaName} median ${formatDollars(place.annual.p50)}, 25th percentile ${formatDollars(place.annual.p25)} (${areaCitation}). ${national}.`
          : `${national} (${areaCitation}).`}
        {usesOwn && ' Your range uses your own figures instead.'}
      </p>
      {fallback && (
        <p class="notice" data-fallback>
          {fallback.kind === 'no-row'
            ? `BLS published no figures for ${occupation.title} in ${place.areaName}, so this range uses national figures.`
            : `BLS did not publish the ${fallback.missing.map((key) => PERCENTILE_NAMES[key]).join(' or ')} for ${occupation.title} in ${place.areaName}, so this range uses national figures rather than mix the two.`}
        </p>
      )}
      {figures?.priceLevel && (
        <p class="meta" data-price-level>
          {priceText(figures.name, figures.priceLevel.rpp)} ({figures.priceLevel.citation}). That is context only: it changes what pay buys, not what employers
          pay, so it never changes your range.
        </p>
      )}
    </>
  );
}

/** The chosen state's pay-range law, its source, and what to do when a posting has no range. */
export function LawNote({ figures, Sub }: { figures: AreaFigures | null; Sub: 'h3' | 'h4' }) {
  const law = figures?.law;
  const words = figures && lawWords(figures);
  if (!figures || !law || !words) return null;
  return (
    <div class="law" data-law>
      <Sub>Pay-range law in {figures.name}</Sub>
      <p>{words.duty}</p>
      <p>{words.ask}</p>
      <p class="meta">
        Source:{' '}
        <a href={law.sourceUrl} rel="external noreferrer">
          {law.law}
        </a>
        , as summarized in a source dated {law.sourceDated}.{law.note ? ` ${law.note}` : ''} {figures.lawCaution}
      </p>
    </div>
  );
}
