// The keyboard sheet shown by "?".
import { Dialog } from './dialog.tsx';

const KEYS: readonly [string, string][] = [
  ['j  /  ↓', 'Next recommendation'],
  ['k  /  ↑', 'Previous recommendation'],
  ['1 – 9', 'Select a topic of the recommendation'],
  ['a', 'Accept the selected topic'],
  ['r', 'Reject the selected topic'],
  ['c', 'Confirm all proposed topics'],
  ['t', 'Add a topic (searchable picker)'],
  ['n', 'Write a note (saved as you type)'],
  ['u', 'Undo the latest decision on the recommendation'],
  ['/', 'Search'],
  ['Esc', 'Leave a text field or close a dialog'],
  ['?', 'Show this sheet'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <div className="shortcuts">
        {KEYS.map(([key, what]) => (
          <div key={key} style={{ display: 'contents' }}>
            <span>
              {key.split('  ').map((k) => (
                <kbd key={k} style={{ marginRight: 4 }}>
                  {k.trim()}
                </kbd>
              ))}
            </span>
            <span>{what}</span>
          </div>
        ))}
      </div>
    </Dialog>
  );
}
