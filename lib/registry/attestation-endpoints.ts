/**
 * GitHub's signing services for artifact attestations, and the issuer of the runner's OIDC tokens.
 * Apart from ./attestation.ts so that an action's inputs can name these defaults without loading
 * the Sigstore libraries, which only a step that signs or verifies needs.
 */
/** GitHub's own Sigstore instance (github.com): what `actions/attest` uses for private repositories. */
export const GITHUB_FULCIO_URL = "https://fulcio.githubapp.com";
export const GITHUB_TIMESTAMP_URL = "https://timestamp.githubapp.com";
export const GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
