import { useState } from 'preact/hooks';

/** Print, calendar and "start a new sheet" (which asks first: clearing deletes the sheet from this browser). */
export default function SheetActions({ onCalendar, onClear }: { onCalendar: () => void; onClear: () => void }) {
  const [confirmClear, setConfirmClear] = useState(false);
  return (
    <>
      <div class="prep-actions needs-js">
        <button type="button" onClick={() => window.print()}>
          Print this sheet
        </button>
        <button type="button" class="secondary" onClick={onCalendar}>
          Add to calendar (.ics)
        </button>
        <button type="button" class="secondary" onClick={() => setConfirmClear(true)}>
          Start a new sheet…
        </button>
      </div>
      {confirmClear && (
        <div class="notice" role="group" aria-label="Start a new sheet?">
          <p>Clear this sheet for another company? Everything on it will be deleted from this browser. Print it first if you want to keep it.</p>
          <div class="prep-actions">
            <button
              type="button"
              onClick={() => {
                onClear();
                setConfirmClear(false);
              }}
            >
              Yes, clear it
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </>
  );
}
