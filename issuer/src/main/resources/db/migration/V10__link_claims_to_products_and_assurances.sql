-- What the PACT green value extension gathers for a footprint: the ΔCO2 credentials of its
-- organisation for one of its products (product_id, from credentialSubject.productId) and the
-- assurance credentials over a credential (assures: the assured digest, from
-- credentialSubject.assuredCredential).
ALTER TABLE issued_credentials ADD COLUMN product_id TEXT, ADD COLUMN assures TEXT;

-- Credentials issued before: read the subject from the stored JSON, or from a compact JWS payload.
WITH payloads AS (
  SELECT id,
         CASE WHEN format = 'vc+jwt'
              THEN convert_from(decode(rpad(translate(split_part(credential, '.', 2), '-_', '+/'),
                     ((length(split_part(credential, '.', 2)) + 3) / 4) * 4, '='), 'base64'),
                     'UTF8')::jsonb
              ELSE credential::jsonb END AS vc
  FROM issued_credentials
  WHERE kind IN ('EmissionReductionCredential', 'AssuranceCredential'))
UPDATE issued_credentials c
SET product_id = CASE WHEN c.kind = 'EmissionReductionCredential'
                      THEN p.vc #>> '{credentialSubject,productId}' END,
    assures    = CASE WHEN c.kind = 'AssuranceCredential'
                      THEN p.vc #>> '{credentialSubject,assuredCredential}' END
FROM payloads p WHERE p.id = c.id;

CREATE INDEX issued_credentials_product ON issued_credentials (org_id, product_id)
  WHERE product_id IS NOT NULL;
CREATE INDEX issued_credentials_assures ON issued_credentials (assures) WHERE assures IS NOT NULL;
