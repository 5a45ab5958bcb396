-- Bitstring Status List entries wider than one bit (statusSize 1 to 8) and the message purpose:
-- a list holds entries of one width, and a message list the statusMessage each entry carries
-- (the JSON array, as written into credentials). Existing lists are one bit wide, no messages.
ALTER TABLE status_lists DROP CONSTRAINT status_lists_purpose_check;
ALTER TABLE status_lists
  ADD CONSTRAINT status_lists_purpose_check
    CHECK (purpose IN ('revocation', 'suspension', 'message'));
ALTER TABLE status_lists
  ADD COLUMN status_size INT NOT NULL DEFAULT 1 CHECK (status_size BETWEEN 1 AND 8);
ALTER TABLE status_lists ADD COLUMN status_messages TEXT;
ALTER TABLE status_lists
  ADD CONSTRAINT status_lists_messages_for_message_purpose
    CHECK ((purpose = 'message') = (status_messages IS NOT NULL));
ALTER TABLE status_lists
  ADD CONSTRAINT status_lists_one_bit_unless_message
    CHECK (purpose = 'message' OR status_size = 1);
