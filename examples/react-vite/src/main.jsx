import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
// The wrappers register the four tags and type every prop and event.
import { PlanBoard } from 'veikart/react';
import { createAminaPlan, workOrientedCourseSteps } from 'veikart';

function App() {
  // A controlled board: React owns the document and writes back every vk-change value.
  // Writing back a value deep-equal to the widget's own is a no-op, so undo keeps working.
  const [plan, setPlan] = useState(createAminaPlan);
  const [steps, setSteps] = useState(workOrientedCourseSteps);
  const [log, setLog] = useState([]);
  const board = useRef(null);

  return (
    <main>
      <h1>Aminas uke</h1>
      <p>
        <button type="button" onClick={() => board.current?.undo()}>Angre siste endring</button>{' '}
        <output id="done">{plan.cards.filter((c) => c.done).length} av {plan.cards.length} ferdig</output>
      </p>
      <PlanBoard
        ref={board}
        value={plan}
        onVkChange={(event) => {
          setPlan(event.detail.value);
          setLog((entries) => [...entries, `${event.detail.operation.type} (${event.detail.source})`]);
        }}
        onVkError={(event) => console.warn(event.detail.code, event.detail.issues)}
      />
      {/* React 19 sets `value` as a property and listens to `onvk-change` directly on the raw tag. */}
      <vk-step-tracker value={steps} onvk-change={(event) => setSteps(event.detail.value)}></vk-step-tracker>
      <h2>Endringer</h2>
      <ol id="log">{log.map((entry, i) => <li key={i}>{entry}</li>)}</ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
