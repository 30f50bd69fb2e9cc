// A start-up step of its own (see public/boot.js): the validation library and the saved data's
// schemas are built here, so the stores' step after it is a short task too (together they were
// one task of 51–77 ms at 4× CPU slowdown; apart, 23–37 and 14–17 ms).
import '../../stores/persisted-state';
