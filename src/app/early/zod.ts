// A start-up step of its own (see public/boot.js): the validation library's module body, so the
// schemas' step that follows does not also pay for it.
import 'zod/mini';
