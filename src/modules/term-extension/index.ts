/** The term-extension module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { heldExtensionApplier, originalDueDate } from './term-extension.service';
export { termExtensionLoaders } from './term-extension.loaders';
