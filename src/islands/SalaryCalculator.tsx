/**
 * The salary-range calculator: a thin view over src/lib/salary. It keeps the form as typed text, lets the
 * library check and calculate, and shows errors next to their fields, the results and the saved range.
 * First render ships only the form and the saved range; the engine (src/lib/salary/engine.ts) and the
 * results view and the stored records (SalaryMemory.tsx), one chunk (salary-engine.ts), load when the reader first reaches the form (focus,
 * pointer or input), or right after mount when there is something stored or a ?state= to restore; a state's
 * figures load (through the engine) when it is chosen. All to stay inside the 16 KB budget at page open.
 * Modules are imported one by one, not through src/lib/salary/index.ts, so zod stays out of the bundle.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { occupationsByTrack, type OccupationWage } from '../lib/salary/dataset.ts';
import { FIELD_LABELS, OWN_FIGURE_FIELDS, emptySalaryForm, type SalaryField, type SalaryForm } from '../lib/salary/form.ts';
import { EXPERIENCE_LEVELS, OWN_FIGURE_KEYS, PAY_UNITS, type ExperienceLevel, type PayUnit } from '../lib/salary/model.ts';
import type { AreaFigures } from '../lib/salary/area.ts';
import { NATIONAL_AREA, NATIONAL_AREA_NAME, areaName, type AreaOption } from '../lib/salary/area-choice.ts';
import { SALARY_FORM_STORAGE_KEY, SAVED_RANGE_STORAGE_KEY } from '../lib/salary/storage-keys.ts';
import { SALARY_TRACK_LABELS } from '../lib/salary/tracks.ts';
import type { SalaryMemoryState } from './SalaryMemory.tsx';
import type { UnitMemo } from '../lib/salary/engine.ts';
import engineUrl from 'virtual:psg/lazy/salary-engine';

/** The lazily loaded engine (pure logic), results view and stored records: one chunk (src/islands/salary-engine.ts). */
type Engine = typeof import('./salary-engine.ts');

/**
 * True when the engine should load at once: this browser holds a saved range or a kept form to show, or storage
 * throws, and the reader should hear that nothing will be kept before typing anything.
 */
function needsStorageAtOnce(): boolean {
  try {
    return localStorage.getItem(SAVED_RANGE_STORAGE_KEY) !== null || localStorage.getItem(SALARY_FORM_STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}

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
export default function SalaryCalculator({
  citation,
  areaCitation,
  areas,
  period,
  occupations,
  idPrefix = 'salary',
  headingLevel = 2,
  prepHref,
}: SalaryCalculatorProps) {
  const blank = () => emptySalaryForm(occupations[0]?.soc ?? '');
  const [form, setForm] = useState<SalaryForm>(blank);
  const [touched, setTouched] = useState<ReadonlySet<SalaryField>>(new Set());
  const [engine, setEngine] = useState<Engine | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  // The stored records, once SalaryMemory (loaded with the engine) has read them.
  const [memory, setMemory] = useState<SalaryMemoryState | null>(null);
  // Only what the reader changes is written back, so merely opening the page never stores anything.
  const edited = useRef(false);
  const restored = useRef(false);
  const [wantEngine, setWantEngine] = useState(false);

  // After mount: something stored or a ?state= to apply means the engine is wanted at once; a first visit waits for input.
  // Another tab saving a range or a form brings it in too.
  useEffect(() => {
    if (needsStorageAtOnce() || new URLSearchParams(window.location.search).has('state')) setWantEngine(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === SAVED_RANGE_STORAGE_KEY || event.key === SALARY_FORM_STORAGE_KEY) setWantEngine(true);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  // Once the records are read: bring back the stored form (unless the reader has typed since), then let ?state=XX
  // choose the place (an unknown code shows its message).
  const formReady = memory?.formReady ?? false;
  useEffect(() => {
    if (!memory || !formReady || restored.current) return;
    restored.current = true;
    if (edited.current) return;
    let next = memory.form ?? form;
    const fromUrl = new URLSearchParams(window.location.search).get('state');
    if (fromUrl !== null) next = { ...next, area: fromUrl.trim().toUpperCase().slice(0, 20) };
    if (next !== form) setForm(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, when the stored form has been read; later changes are the reader's.
  }, [formReady]);
  // What the reader changes is kept, including what they typed while the records were loading.
  const keepForm = memory?.keepForm;
  useEffect(() => {
    if (edited.current && keepForm) keepForm(form);
  }, [form, keepForm]);

  // The chosen state's figures, fetched once per state (through the engine); national needs none.
  const [loaded, setLoaded] = useState<LoadedArea | null>(null);
  const areaKnown = areaName(form.area, areas) !== null;
  const needsFigures = areaKnown && form.area !== NATIONAL_AREA;
  useEffect(() => {
    if (!engine || !needsFigures || loaded?.code === form.area) return;
    let cancelled = false;
    const code = form.area;
    engine.loadAreaFigures(code).then((figures) => !cancelled && setLoaded({ code, figures }));
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `loaded` is what this effect sets; re-running on it would refetch nothing.
  }, [engine, form.area, needsFigures]);
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
  const range = memory?.range ?? null;
  const isSaved = !!engine && !!range && !!result && !!occupation && engine.Memory.isSavedRange(range, result, occupation.soc, place?.areaCode);

  useEffect(() => {
    if (!wantEngine || engine) return;
    // By URL, not import('./salary-engine.ts'): a literal import would bring Vite's preload helper into the first render.
    (import(/* @vite-ignore */ engineUrl) as Promise<Engine>).then(
      (loaded) => setEngine(loaded),
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
  // What each pay field held before the last unit switch (see switchUnit).
  const beforeSwitch = useRef<UnitMemo>({});
  const setUnit = (unit: PayUnit) => {
    edited.current = true;
    // Before the engine has loaded, nothing has been typed that needs converting.
    setForm(engine ? engine.switchUnit(form, unit, beforeSwitch.current) : { ...form, unit });
  };
  const saveRange = () => {
    if (engine && memory && result && occupation && result.posted?.kind !== 'floor-above-top')
      memory.saveRange(engine.toSavedRange(result, occupation, period, new Date(), place ?? undefined));
  };
  /** Clears the form and what this browser kept of it (the saved range stays until removed on its own). */
  const startOver = () => {
    edited.current = false;
    memory?.forgetForm();
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
  const postedFlag = (kind: 'posted-below-p10' | 'posted-above-p90') => (engine && result ? engine.postedFlag(result, kind, placeLabel, areaCitation) : null);
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
            <select
              id={id('occupation')}
              value={form.occupation}
              aria-describedby={id('occupation-hint')}
              onChange={(event) => set('occupation', event.currentTarget.value)}
            >
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
            <input
              type="checkbox"
              id={id('useOwnFigures')}
              checked={form.useOwnFigures}
              onChange={(event) => set('useOwnFigures', event.currentTarget.checked)}
            />
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
        {memory?.formNotice && (
          <p class="notice" role="status">
            {memory.formNotice}
          </p>
        )}
      </form>

      <section class="salary-results" aria-labelledby={id('results-heading')}>
        <H id={id('results-heading')} tabIndex={-1}>
          Your range
        </H>
        {/* One short, always-present live region, so screen readers hear the outcome without the whole panel being read out on every keystroke. */}
        <p class="visually-hidden" aria-live="polite">
          {engine ? engine.liveText(result, shownErrors) : ''}
        </p>
        {results}
        {engine && <engine.Memory.SalaryMemory onChange={setMemory} />}
        {engine && memory?.savedReady && range && <engine.Memory.SavedCard range={range} prepHref={prepHref} onRemove={memory.removeRange} Sub={Sub} id={id} />}
        {memory?.savedNotice && (
          <p class="notice" role="status">
            {memory.savedNotice}
          </p>
        )}
      </section>
    </div>
  );
}
