// A start-up step of its own (see public/boot.js): the saved data's schemas are built here, in a
// task before the stores' step.
import '../../stores/persisted-state';
