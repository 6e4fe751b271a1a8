/**
 * The salary-range calculator: a thin view over src/lib/salary. It keeps the form as typed text, lets the
 * library check and calculate, and shows errors next to their fields, the results and the saved range.
 * First render ships only the form and the saved range; the engine (src/lib/salary/engine.ts) and the
 * results view load when the reader first reaches the form (focus, pointer or input), and a state's
 * figures load when it is chosen, to stay inside the 16 KB budget. The form is remembered in this
 * browser (salaryFormRecord) and restored after mount. Modules are imported one by one, not through
 * src/lib/salary/index.ts, so the bundle holds only what this view uses.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { occupationsByTrack, type OccupationWage } from '../lib/salary/dataset.ts';
import { formatPay, formatPayPer } from '../lib/salary/format.ts';
import { FIELD_LABELS, OWN_FIGURE_FIELDS, PAY_FIELDS, emptySalaryForm, type SalaryField, type SalaryForm } from '../lib/salary/form.ts';
import { EXPERIENCE_LEVELS, OWN_FIGURE_KEYS, PAY_UNITS, type ExperienceLevel, type PayUnit } from '../lib/salary/model.ts';
import { savedRangeRecord } from '../lib/salary/saved-range-record.ts';
import { salaryFormRecord } from '../lib/salary/form-record.ts';
import { NATIONAL_AREA, NATIONAL_AREA_NAME, areaName, type AreaFigures, type AreaOption } from '../lib/salary/area.ts';
import { routes } from '../lib/url.ts';
import { SALARY_TRACK_LABELS } from '../lib/salary/tracks.ts';
import { formatDate } from '../lib/format-date.ts';
import { useStoredRecord } from './use-stored-record.ts';

/** The lazily loaded engine (pure logic) and results view, loaded together. */
type Engine = typeof import('../lib/salary/engine.ts') & { View: typeof import('./SalaryResults.tsx') };

/** A state's figures as fetched: the data, or null when the request failed (national figures are used, and said). */
interface LoadedArea {
  code: string;
  figures: AreaFigures | null;
}

/** Props: plain data only, so Astro can serialise them into the page. */
export interface SalaryCalculatorProps {
  /** Short citation shown next to figures, e.g. "BLS, May 2024". */
  citation: string;
  /** Citation for the state figures, e.g. "BLS OEWS, May 2024". */
  areaCitation: string;
  /** The 50 states and DC, for the picker ("United States, national" comes first, added here). */
  areas: AreaOption[];
  /** Reference period saved with the range, e.g. "May 2024". */
  period: string;
  occupations: OccupationWage[];
  /** Prefix for element ids, so two calculators could share a page. */
  idPrefix?: string;
  /** Level of the calculator's top headings: 2 on its own page, 3 inside a guide section. */
  headingLevel?: 2 | 3;
  /** Link to the prep sheet, built with routes.prep() on the server. */
  prepHref: string;
}

const LEVEL_HINTS: Record<ExperienceLevel, string> = {
  entry: 'New to this kind of job. Aims at the 25th percentile, where entry-level pay usually sits.',
  mid: 'A few years in, working on your own. Aims at the median.',
  senior: 'You lead work or guide others. Aims at the 75th percentile.',
};

/** The calculator. */
export default function SalaryCalculator({ citation, areaCitation, areas, period, occupations, idPrefix = 'salary', headingLevel = 2, prepHref }: SalaryCalculatorProps) {
  const blank = () => emptySalaryForm(occupations[0]?.soc ?? '');
  const [form, setForm] = useState<SalaryForm>(blank);
  const [touched, setTouched] = useState<ReadonlySet<SalaryField>>(new Set());
  const [engine, setEngine] = useState<Engine | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const saved = useStoredRecord(savedRangeRecord);
  const kept = useStoredRecord(salaryFormRecord);
  // Only what the reader changes is written back, so merely opening the page never stores anything.
  const edited = useRef(false);
  const restored = useRef(false);
  const [wantEngine, setWantEngine] = useState(false);

  // After mount: bring back the stored form, then let ?state=XX choose the place (an unknown code shows its message).
  useEffect(() => {
    if (!kept.ready || restored.current) return;
    restored.current = true;
    let next = kept.value.form ?? form;
    const fromUrl = new URLSearchParams(window.location.search).get('state');
    if (fromUrl !== null) next = { ...next, area: fromUrl.trim().toUpperCase().slice(0, 20) };
    if (next !== form) {
      setForm(next);
      setWantEngine(true);
    }
    // Runs once, when the stored form is ready: re-running on every form change would undo the reader's typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kept.ready]);
  useEffect(() => {
    if (edited.current) kept.update({ version: 1, form });
    // Writes only when the form changes; `kept` is a new object on each render and would write on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);

  // The chosen state's figures, fetched once per state; national needs none.
  const [loaded, setLoaded] = useState<LoadedArea | null>(null);
  const areaKnown = areaName(form.area, areas) !== null;
  const needsFigures = areaKnown && form.area !== NATIONAL_AREA;
  useEffect(() => {
    if (!needsFigures || loaded?.code === form.area) return;
    let cancelled = false;
    const code = form.area;
    fetch(routes.salaryData(code))
      .then((response) => (response.ok ? (response.json() as Promise<AreaFigures>) : Promise.reject(new Error(String(response.status)))))
      .then(
        (figures) => !cancelled && setLoaded({ code, figures }),
        () => !cancelled && setLoaded({ code, figures: null }),
      );
    return () => {
      cancelled = true;
    };
    // Fetches when the place changes; `loaded` changing (this effect's own result) must not fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.area, needsFigures]);
  const figuresReady = !needsFigures || loaded?.code === form.area;
  const figures = needsFigures && loaded?.code === form.area ? loaded.figures : null;

  const read = useMemo(
    () => (engine && figuresReady ? engine.readSalaryForm(form, occupations, { areas, figures }) : null),
    [engine, form, occupations, areas, figures, figuresReady],
  );
  const result = engine && read?.ok ? engine.calculate(read.input) : null;
  const occupation = read?.ok ? read.input.occupation : null;
  const place = read?.ok ? read.input.place : null;
  // Empty fields the reader hasn't reached yet wait quietly; every other problem shows at once.
  const shownErrors = read && !read.ok ? read.errors.filter((e) => e.kind !== 'empty' || touched.has(e.field)) : [];
  const id = (name: string) => `${idPrefix}-${name}`;
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const range = saved.value.range;
  const isSaved =
    !!range &&
    !!result &&
    !!occupation &&
    range.unit === result.unit &&
    range.low === result.low &&
    range.high === result.high &&
    range.walkAway === result.walkAway &&
    range.occupationSoc === occupation.soc &&
    range.areaCode === place?.areaCode;

  useEffect(() => {
    if (!wantEngine || engine) return;
    Promise.all([import('../lib/salary/engine.ts'), import('./SalaryResults.tsx')]).then(
      ([lib, View]) => setEngine({ ...lib, View }),
      () => setLoadFailed(true),
    );
  }, [wantEngine, engine]);
  const startEngine = () => setWantEngine(true);

  const touch = (field: SalaryField) => setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
  const set = (field: keyof SalaryForm, value: string | boolean) => {
    edited.current = true;
    setForm((previous) => ({ ...previous, [field]: value }));
    if (field !== 'useOwnFigures') touch(field);
  };
  // What each pay field held before the last unit switch, so switching back restores "35000" rather than a rounded "35006".
  const beforeSwitch = useRef<Partial<Record<SalaryField, { unit: string; text: string; converted: string }>>>({});
  const setUnit = (unit: PayUnit) => {
    edited.current = true;
    const next = { ...form, unit };
    // Before the engine has loaded, nothing has been typed that needs converting.
    if (engine)
      for (const field of PAY_FIELDS) {
        const memo = beforeSwitch.current[field];
        next[field] = memo && memo.unit === unit && memo.converted === form[field] ? memo.text : engine.convertPayText(form[field], form.unit as PayUnit, unit);
        beforeSwitch.current[field] = { unit: form.unit, text: form[field], converted: next[field] };
      }
    setForm(next);
  };
  const saveRange = () => {
    if (engine && result && occupation && result.posted?.kind !== 'floor-above-top')
      saved.update({ version: savedRangeRecord.version, range: engine.toSavedRange(result, occupation, period, new Date(), place ?? undefined) });
  };
  /** Clears the form and what this browser kept of it (the saved range stays until removed on its own). */
  const startOver = () => {
    edited.current = false;
    kept.update(salaryFormRecord.empty());
    beforeSwitch.current = {};
    setTouched(new Set());
    setForm(blank());
  };

  /** A labelled text input for a number, with its hint and, when it has one, its error. */
  const numberField = (field: SalaryField, unitText: string, hint: ComponentChildren, disabled = false, flag: string | null = null) => {
    const error = shownErrors.find((e) => e.field === field);
    return (
      <div class="field">
        <label for={id(field)}>
          {FIELD_LABELS[field]} <span class="unit">({unitText})</span>
        </label>
        <p class="hint" id={id(`${field}-hint`)}>
          {hint}
        </p>
        <input
          id={id(field)}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          value={form[field]}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={id(`${field}-hint`) + (error ? ` ${id(`${field}-error`)}` : '')}
          onInput={(event) => set(field, event.currentTarget.value)}
          onBlur={() => touch(field)}
        />
        {error && (
          <p class="error-text" id={id(`${field}-error`)}>
            {error.message}
          </p>
        )}
        {!error && flag && (
          <p class="notice" data-flag={field}>
            {flag}
          </p>
        )}
      </div>
    );
  };
  const placeLabel = place?.source === 'state' ? place.areaName : 'the U.S.';
  const postedFlag = (kind: 'posted-below-p10' | 'posted-above-p90'): string | null => {
    const warning = result?.warnings.find((w) => w.kind === kind);
    if (!warning || !result) return null;
    return warning.kind === 'posted-below-p10'
      ? `Allowed, but low: ${formatPayPer(warning.from, result.unit)} is below what nine in ten people in this job earn in ${placeLabel} (${formatPayPer(warning.p10, result.unit)}, ${areaCitation}).`
      : warning.kind === 'posted-above-p90'
        ? `Allowed, but unusually high: ${formatPayPer(warning.to, result.unit)} is above what nine in ten people in this job earn in ${placeLabel} (${formatPayPer(warning.p90, result.unit)}, ${areaCitation}). Check it's the yearly figure for this job.`
        : null;
  };
  const areaError = areaKnown
    ? null
    : `${/^[A-Za-z]{2}$/.test(form.area) ? `We have no pay figures for “${form.area}”. ` : ''}Choose a state from the list, or “United States, national”.`;
  const payUnitText = form.unit === 'hour' ? 'dollars an hour' : 'dollars a year';

  let results: ComponentChildren;
  if (loadFailed) {
    results = <p class="notice">The calculator didn’t finish loading. Check your connection and reload the page.</p>;
  } else if (engine && !figuresReady) {
    results = <p role="status">Loading pay figures for {areaName(form.area, areas)}…</p>;
  } else if (!engine || !read) {
    results = <p>Fill in your monthly essential costs and tax rate to see the range to say and your walk-away number.</p>;
  } else if (result && occupation && place) {
    results = (
      <engine.View.default
        result={result}
        occupation={occupation}
        place={place}
        figures={figures}
        citation={citation}
        areaCitation={areaCitation}
        onSave={saveRange}
        isSaved={isSaved}
        Sub={Sub}
        id={id}
      />
    );
  } else if (shownErrors.length > 0) {
    results = <engine.View.FixList errors={shownErrors} id={id} />;
  } else {
    results = <engine.View.Waiting read={read} form={form} occupations={occupations} citation={citation} place={{ areas, figures }} />;
  }
  const loadNote =
    needsFigures && loaded?.code === form.area && loaded.figures === null
      ? `We couldn’t load the figures for ${areaName(form.area, areas)}, so the range uses national figures. Check your connection and choose the state again.`
      : null;

  return (
    <div class="salary-calc">
      <form
        class="salary-form"
        aria-label="Salary range calculator"
        onSubmit={(event) => {
          // The results update as you type; Enter or the button just takes you to them.
          event.preventDefault();
          document.getElementById(id('results-heading'))?.focus();
        }}
        onFocusIn={startEngine}
        onPointerDown={startEngine}
        onInput={startEngine}
      >
        <div class="field">
          <label for={id('area')}>{FIELD_LABELS.area}</label>
          <p class="hint" id={id('area-hint')}>
            Pay differs a lot by state. We use that state’s pay figures ({areaCitation}).
          </p>
          <select
            id={id('area')}
            value={areaKnown ? form.area : ''}
            aria-invalid={areaError ? 'true' : undefined}
            aria-describedby={id('area-hint') + (areaError ? ` ${id('area-error')}` : '')}
            onChange={(event) => set('area', event.currentTarget.value)}
          >
            {!areaKnown && <option value="">Choose where the job is</option>}
            <option value={NATIONAL_AREA}>{NATIONAL_AREA_NAME}</option>
            {areas.map((area) => (
              <option value={area.code}>{area.name}</option>
            ))}
          </select>
          {areaError && (
            <p class="error-text" id={id('area-error')}>
              {areaError}
            </p>
          )}
          {loadNote && <p class="notice">{loadNote}</p>}
        </div>

        <fieldset class="choice">
          <legend>Show pay</legend>
          {PAY_UNITS.map((option) => (
            <label class="option">
              <input type="radio" name={id('unit')} value={option} checked={form.unit === option} onChange={() => setUnit(option)} />
              {option === 'year' ? 'A year' : 'An hour'}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>The job</legend>
          <div class="field">
            <label for={id('occupation')}>Job</label>
            <p class="hint" id={id('occupation-hint')}>
              Pick the closest match.
            </p>
            <select id={id('occupation')} value={form.occupation} aria-describedby={id('occupation-hint')} onChange={(event) => set('occupation', event.currentTarget.value)}>
              {occupationsByTrack(occupations).map((group) => (
                <optgroup label={SALARY_TRACK_LABELS[group.track]}>
                  {group.occupations.map((o) => (
                    <option value={o.soc}>{o.title}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>

          <fieldset class="choice levels">
            <legend>Experience level</legend>
            {EXPERIENCE_LEVELS.map((level) => (
              <div class="option">
                <input
                  type="radio"
                  id={id(`level-${level}`)}
                  name={id('level')}
                  value={level}
                  checked={form.level === level}
                  aria-describedby={id(`level-${level}-hint`)}
                  onChange={() => set('level', level)}
                />
                <label for={id(`level-${level}`)}>{level[0]!.toUpperCase() + level.slice(1)}</label>
                <span class="hint" id={id(`level-${level}-hint`)}>
                  {LEVEL_HINTS[level]}
                </span>
              </div>
            ))}
          </fieldset>


          <div class="field own-toggle">
            <input type="checkbox" id={id('useOwnFigures')} checked={form.useOwnFigures} onChange={(event) => set('useOwnFigures', event.currentTarget.checked)} />
            <label for={id('useOwnFigures')}>Use my own pay figures instead</label>
            <p class="hint">For example, from a local pay survey. You’ll need the 25th, median, 75th and 90th percentiles.</p>
          </div>
          {form.useOwnFigures && OWN_FIGURE_KEYS.map((key) => numberField(OWN_FIGURE_FIELDS[key], payUnitText, 'Each one at least the one before.'))}
          {numberField(
            'adjustment',
            '%, optional',
            form.useOwnFigures
              ? 'Not used with your own figures.'
              : 'Leave empty to use the published figures. Only if you know pay for this job where you’d work differs from them, say by how much, for example 10 or −5.',
            form.useOwnFigures,
          )}
        </fieldset>

        <fieldset>
          <legend>Does the posting list a range? (optional)</legend>
          {numberField('postedFrom', payUnitText, 'The bottom of the pay range in the job posting.', false, postedFlag('posted-below-p10'))}
          {numberField('postedTo', payUnitText, 'The top of it. Your range will sit inside it.', false, postedFlag('posted-above-p90'))}
          {engine && <engine.View.LawNote figures={figures} Sub={Sub} />}
        </fieldset>

        <fieldset>
          <legend>What you need</legend>
          {numberField('monthlyCosts', 'dollars a month', 'What you must pay each month: rent, food, transport, bills and debt payments.')}
          {numberField('taxRate', '%', 'About how much of your pay goes to tax. A pay slip or a tax calculator can tell you. Use 0 to leave tax out.')}
          {numberField('savings', 'dollars a year, optional', 'What you want to put aside each year, before tax. It is added to your floor.')}
        </fieldset>

        <fieldset>
          <legend>Your numbers (optional)</legend>
          {numberField('currentPay', payUnitText, 'What you earn now, if anything. We compare it with your range.')}
          {numberField('plannedPay', payUnitText, 'If you already had a number in mind, check it against the market here.')}
        </fieldset>
        <p class="actions">
          <button type="submit">See my range</button>
          <button type="button" class="secondary" onClick={startOver}>
            Start over
          </button>
        </p>
        {kept.notice && (
          <p class="notice" role="status">
            {kept.notice}
          </p>
        )}
      </form>

      <section class="salary-results" aria-labelledby={id('results-heading')}>
        <H id={id('results-heading')} tabIndex={-1}>
          Your range
        </H>
        {/* One short, always-present live region, so screen readers hear the outcome without the whole panel being read out on every keystroke. */}
        <p class="visually-hidden" aria-live="polite">
          {result
            ? result.posted?.kind === 'floor-above-top'
              ? 'Your floor is above the top of the posted range.'
              : `Range: ${formatPay(result.low, result.unit)} to ${formatPayPer(result.high, result.unit)}.`
            : shownErrors.length > 0
              ? `Fix ${shownErrors.map((e) => FIELD_LABELS[e.field]).join(', ')} to see your range.`
              : ''}
        </p>
        {results}
        {saved.ready && range && (
          <div class="saved card" id={id('saved')}>
            <Sub>Saved for your prep sheet</Sub>
            <p>
              <strong>
                {formatPay(range.low, range.unit)} to {formatPayPer(range.high, range.unit)}
              </strong>
              . Walk away below {formatPayPer(range.walkAway, range.unit)}.
            </p>
            <p class="meta">
              {range.occupationTitle}
              {range.areaName ? `, ${range.areaName}` : ''}, {range.ownFigures ? 'your own figures' : `${range.period} figures`}. Saved {formatDate(new Date(range.savedAt))}.
            </p>
            <p class="actions">
              <a href={prepHref}>Open your prep sheet</a>
              <button type="button" class="secondary" onClick={() => saved.update(savedRangeRecord.empty())}>
                Remove saved range
              </button>
            </p>
          </div>
        )}
        {saved.notice && (
          <p class="notice" role="status">
            {saved.notice}
          </p>
        )}
      </section>
    </div>
  );
}
