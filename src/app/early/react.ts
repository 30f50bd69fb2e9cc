// A start-up step of its own (see public/boot.js): React's module body, the largest piece of
// start-up code, runs here in one task instead of inside the app's one long task.
import 'react-dom/client';
