/** Query parameters that would carry credentials if a client put them there (which the API refuses). */
export const CREDENTIAL_PARAMETERS = ['api_key', 'apikey', 'key', 'access_token', 'token'];

const PATTERN = new RegExp(`([?&](?:${CREDENTIAL_PARAMETERS.join('|')})=)[^&#]*`, 'gi');

/** A URL fit for logs and problem details: credential values in its query string are masked. */
export const redactUrl = (url: string) => url.replace(PATTERN, '$1[redacted]');
