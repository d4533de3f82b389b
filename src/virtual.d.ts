declare module 'virtual:report' {
  import type { Payload } from './deck/payload.ts';
  const payload: Payload;
  export default payload;
}
