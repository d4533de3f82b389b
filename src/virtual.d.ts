declare module 'virtual:report' {
  import type { Payload } from './report/payload.ts';
  const payload: Payload;
  export default payload;
}
