CREATE TABLE "facet_bits" (
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"label" text,
	"bits" bit varying NOT NULL,
	CONSTRAINT "facet_bits_programme_id_kind_value_pk" PRIMARY KEY("programme_id","kind","value")
);
--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD COLUMN "ordinal" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "mentor_profiles_ordinal_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "facet_bits" ADD CONSTRAINT "facet_bits_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_ordinal" UNIQUE("ordinal");--> statement-breakpoint
-- Read whole at every search, so stored uncompressed: compression would only add work.
ALTER TABLE "facet_bits" ALTER COLUMN "bits" SET STORAGE EXTERNAL;--> statement-breakpoint
-- A bitmap with a 1 at each ordinal, `len` bits long. Built from the gaps between the sorted
-- ordinals in one string, so a bitmap of 100,000 mentors costs one aggregate, not 100,000 set_bit().
CREATE FUNCTION "mentorbro_bits"(ordinals integer[], len integer) RETURNS bit varying
LANGUAGE sql IMMUTABLE AS $$
	SELECT (coalesce(string_agg(repeat('0', o - p - 1) || '1', '' ORDER BY o), '')
		|| repeat('0', len - coalesce(max(o), 0)))::bit varying
	FROM (SELECT o, coalesce(lag(o) OVER (ORDER BY o), 0) AS p
		FROM (SELECT DISTINCT unnest(ordinals) AS o) d) x
$$;--> statement-breakpoint
-- The filter values a mentor has, as search filters on them (see search.repository.ts).
-- (Columns, not the row: a whole-row argument from unnest() trips PGlite's planner.)
CREATE FUNCTION "mentor_facet_keys"(available boolean, goals text[], field text,
	language_levels text[], region text, municipality text, meeting_mode text, company text)
RETURNS TABLE(kind text, value text, label text)
LANGUAGE sql IMMUTABLE AS $$
	SELECT 'listed', '', NULL::text
	UNION ALL SELECT 'available', '', NULL WHERE available
	UNION ALL SELECT 'goals', g, NULL FROM unnest(goals) g
	UNION ALL SELECT 'fields', field, NULL
	UNION ALL SELECT 'languages', l, NULL FROM unnest(language_levels) l
	UNION ALL SELECT 'region', region, NULL
	UNION ALL SELECT 'municipality', municipality, NULL
	UNION ALL SELECT 'mode', v, NULL FROM unnest(CASE meeting_mode WHEN 'both'
		THEN ARRAY['in_person', 'online'] ELSE ARRAY[meeting_mode] END) v
	UNION ALL SELECT 'company', lower(company), company WHERE company IS NOT NULL
$$;--> statement-breakpoint
-- The moves of one statement, (side, mentor, value) rows, for facet_bits_apply().
CREATE FUNCTION "facet_moves_start"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	CREATE TEMP TABLE IF NOT EXISTS facet_moves (
		side text, programme_id uuid, ordinal integer, kind text, value text, label text
	) ON COMMIT DROP;
	DELETE FROM facet_moves;
END $$;--> statement-breakpoint
-- Moves the mentors of one statement from their old values to their new ones. Old values
-- are cleared whether or not she was listed (clearing a clear bit changes nothing); new ones
-- are set only when she is listed: approved and not suspended.
CREATE FUNCTION "facet_bits_apply"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	len integer;
	current_len integer;
BEGIN
	-- Every bitmap has the same length (AND needs it): the next multiple of 65,536 bits.
	SELECT (coalesce(max(ordinal), 0) / 65536 + 1) * 65536 INTO len FROM mentor_profiles;
	SELECT length(bits) INTO current_len FROM facet_bits LIMIT 1;
	IF current_len IS NOT NULL AND current_len < len THEN
		UPDATE facet_bits SET bits = bits || repeat('0', len - length(bits))::bit varying;
	END IF;
	CREATE TEMP TABLE IF NOT EXISTS facet_changes (
		programme_id uuid, kind text, value text, label text, cleared bit varying, added bit varying
	) ON COMMIT DROP;
	DELETE FROM facet_changes;
	INSERT INTO facet_changes
	SELECT programme_id, kind, value, max(label),
		mentorbro_bits(array_agg(ordinal) FILTER (WHERE side = 'old'), len),
		mentorbro_bits(array_agg(ordinal) FILTER (WHERE side = 'new'), len)
	FROM facet_moves
	GROUP BY programme_id, kind, value;
	INSERT INTO facet_bits (programme_id, kind, value, label, bits)
	SELECT programme_id, kind, value, label, repeat('0', len)::bit varying FROM facet_changes
	ON CONFLICT DO NOTHING;
	-- Rows locked in one order, so two saves at once wait for each other instead of deadlocking.
	PERFORM 1 FROM facet_bits f JOIN facet_changes c USING (programme_id, kind, value)
	ORDER BY f.programme_id, f.kind, f.value FOR UPDATE OF f;
	UPDATE facet_bits f SET bits = (f.bits & ~c.cleared) | c.added, label = coalesce(c.label, f.label)
	FROM facet_changes c
	WHERE f.programme_id = c.programme_id AND f.kind = c.kind AND f.value = c.value;
END $$;--> statement-breakpoint
-- One function for the three triggers: PL/pgSQL plans a statement when it first runs it, so
-- each branch reads only the transition tables its trigger has.
CREATE FUNCTION "facet_bits_after_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM facet_moves_start();
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		INSERT INTO facet_moves
		SELECT 'old', o.programme_id, o.ordinal, k.kind, k.value, k.label
		FROM old_rows o, mentor_facet_keys(NOT o.paused AND o.seats_taken < o.capacity,
			o.goals, o.field, o.language_levels, o.region, o.municipality, o.meeting_mode,
			o.partner_company) k;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO facet_moves
		SELECT 'new', n.programme_id, n.ordinal, k.kind, k.value, k.label
		FROM new_rows n, mentor_facet_keys(NOT n.paused AND n.seats_taken < n.capacity,
			n.goals, n.field, n.language_levels, n.region, n.municipality, n.meeting_mode,
			n.partner_company) k
		WHERE n.status = 'approved' AND NOT EXISTS (
			SELECT 1 FROM users u WHERE u.id = n.user_id AND u.suspended_at IS NOT NULL);
	END IF;
	PERFORM facet_bits_apply();
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "facet_bits_insert" AFTER INSERT ON "mentor_profiles"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "facet_bits_after_change"();--> statement-breakpoint
CREATE TRIGGER "facet_bits_update" AFTER UPDATE ON "mentor_profiles"
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "facet_bits_after_change"();--> statement-breakpoint
CREATE TRIGGER "facet_bits_delete" AFTER DELETE ON "mentor_profiles"
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "facet_bits_after_change"();--> statement-breakpoint
-- Suspending or reinstating a mentor takes her out of the bitmaps or puts her back: touching
-- her profile row runs the update trigger, which reads her suspension.
CREATE FUNCTION "facet_bits_after_suspension"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE mentor_profiles SET updated_at = updated_at WHERE user_id = NEW.id;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "facet_bits_suspension" AFTER UPDATE OF suspended_at ON "users"
	FOR EACH ROW WHEN (OLD.suspended_at IS DISTINCT FROM NEW.suspended_at)
	EXECUTE FUNCTION "facet_bits_after_suspension"();--> statement-breakpoint
-- Existing profiles: touching each row runs the update trigger, which sets their bits.
UPDATE "mentor_profiles" SET "updated_at" = "updated_at";
