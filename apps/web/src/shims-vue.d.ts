// For tools that read .ts without Vue's language service (ESLint's type checker); vue-tsc
// resolves .vue files itself and never falls back to this.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
