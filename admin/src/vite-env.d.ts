/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API is, when it is not on the admin's own origin. */
  readonly VITE_API_BASE_URL?: string;
}
