// A start-up step of its own (see public/boot.js): the saved data's schemas and stores are built
// here, in a task between React's and the app's.
import '../../stores/app-store';
