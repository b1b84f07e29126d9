/** The portfolio module's surface: what other modules may use of it (nothing else of the module is imported from outside; test/architecture). */
export { portfolio } from './portfolio.service';
