-- Ranking from the bitmaps (docs/performance.md, "Ranking"): every fact a match term or a
-- word asks about gets a bitmap, so a page is found by splitting bitmaps, not by reading rows.
-- New kinds: the exact way of meeting, the education level, a shown migrant background, and
-- each word of the mentor's search_vector by where it stands (wordA headline and job title,
-- wordB field, interests and company, wordC about).
DROP TRIGGER "facet_bits_insert" ON "mentor_profiles";--> statement-breakpoint
DROP TRIGGER "facet_bits_update" ON "mentor_profiles";--> statement-breakpoint
DROP TRIGGER "facet_bits_delete" ON "mentor_profiles";--> statement-breakpoint
DROP FUNCTION "facet_bits_after_change"();--> statement-breakpoint
DROP FUNCTION "mentor_facet_keys"(boolean, text[], text, text[], text, text, text, text);--> statement-breakpoint
CREATE FUNCTION "mentor_facet_keys"(available boolean, goals text[], field text,
	language_levels text[], region text, municipality text, meeting_mode text, company text,
	education_level text, migrant_background boolean, search_vector tsvector)
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
	UNION ALL SELECT 'meeting_mode', meeting_mode, NULL
	UNION ALL SELECT 'education', education_level, NULL
	UNION ALL SELECT 'migrant', 'yes', NULL WHERE migrant_background
	UNION ALL SELECT DISTINCT 'word' || w, t.lexeme, NULL::text
		FROM unnest(search_vector) t, unnest(t.weights) w
$$;--> statement-breakpoint
-- A bulk load sets mentorbro.facets_deferred for its transaction and rebuilds the bitmaps
-- once at the end (facet_bits_rebuild): moving bits batch by batch would rewrite every
-- bitmap for every batch.
CREATE FUNCTION "facet_bits_after_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('mentorbro.facets_deferred', true) = 'on' THEN
		RETURN NULL;
	END IF;
	PERFORM facet_moves_start();
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		INSERT INTO facet_moves
		SELECT 'old', o.programme_id, o.ordinal, k.kind, k.value, k.label
		FROM old_rows o, mentor_facet_keys(NOT o.paused AND o.seats_taken < o.capacity,
			o.goals, o.field, o.language_levels, o.region, o.municipality, o.meeting_mode,
			o.partner_company, o.education_level, o.migrant_background, o.search_vector) k;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO facet_moves
		SELECT 'new', n.programme_id, n.ordinal, k.kind, k.value, k.label
		FROM new_rows n, mentor_facet_keys(NOT n.paused AND n.seats_taken < n.capacity,
			n.goals, n.field, n.language_levels, n.region, n.municipality, n.meeting_mode,
			n.partner_company, n.education_level, n.migrant_background, n.search_vector) k
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
-- A mentor has about a hundred keys now, and a save changes few of them (taking a seat changes
-- only 'available'): a bitmap the change leaves as it was is not rewritten.
CREATE OR REPLACE FUNCTION "facet_bits_apply"() RETURNS void LANGUAGE plpgsql AS $$
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
	WHERE f.programme_id = c.programme_id AND f.kind = c.kind AND f.value = c.value
		AND ((f.bits & ~c.cleared) | c.added) <> f.bits;
END $$;--> statement-breakpoint
-- Every bitmap from the profiles, in one statement: after a bulk load, and here for the
-- new kinds of the existing mentors.
CREATE FUNCTION "facet_bits_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	len integer;
BEGIN
	SELECT (coalesce(max(ordinal), 0) / 65536 + 1) * 65536 INTO len FROM mentor_profiles;
	DELETE FROM facet_bits;
	INSERT INTO facet_bits (programme_id, kind, value, label, bits)
	SELECT m.programme_id, k.kind, k.value, max(k.label), mentorbro_bits(array_agg(m.ordinal), len)
	FROM mentor_profiles m, mentor_facet_keys(NOT m.paused AND m.seats_taken < m.capacity,
		m.goals, m.field, m.language_levels, m.region, m.municipality, m.meeting_mode,
		m.partner_company, m.education_level, m.migrant_background, m.search_vector) k
	WHERE m.status = 'approved'
		AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = m.user_id AND u.suspended_at IS NOT NULL)
	GROUP BY m.programme_id, k.kind, k.value;
END $$;--> statement-breakpoint
SELECT facet_bits_rebuild();--> statement-breakpoint
-- The best `wanted` mentors among `candidates`, after a cursor, by a key that is a sum of
-- terms (docs/performance.md, "Ranking"). Term i adds its points for the mentors in
-- term_bits[i]. The first `word_terms` terms are relevance (integer points, worth 128 each in
-- the key); the rest are core's match plan, in its order, scored as core's scoreOf() does:
-- floor(100 * earned / match_max + 0.5), the points added in the same order in double
-- precision, so the key agrees with the score the API shows. Mentors outside `gate` (no
-- shared language) get no match part and come after everyone who shares one.
--
-- It splits the candidates by each term in turn, as bitmaps, best possible key first, and
-- sets aside any group that cannot reach the bar; when fewer than `wanted` mentors are at or
-- above the bar, it lowers the bar and splits what was set aside. Groups that hold nobody
-- are dropped at once, so the work follows the mentors who exist, not the 2^n combinations;
-- a group of a few mentors is scored mentor by mentor (get_bit), which is cheaper than
-- splitting it term by term.
-- Ties are broken by ordinal; the cursor is (key, ordinal).
CREATE FUNCTION "mentor_rank"(candidates bit varying, gate bit varying,
	term_bits bit varying[], term_points float8[], word_terms integer, match_max float8,
	after_key integer, after_ordinal integer, wanted integer)
RETURNS TABLE("ordinal" integer, "key" integer)
LANGUAGE plpgsql STABLE AS $$
DECLARE
	-- A group this small is cheaper to score mentor by mentor than to split further.
	by_mentor CONSTANT integer := 24;
	n integer := coalesce(cardinality(term_bits), 0);
	rel_rest integer[];
	match_rest float8[];
	-- Groups to split (s_), set aside below the bar (d_), and found: groups of one key (c_)
	-- and single mentors (r_).
	s_bits bit varying[] := '{}'; s_depth integer[] := '{}'; s_rel integer[] := '{}';
	s_earned float8[] := '{}'; s_gated boolean[] := '{}'; s_count integer[] := '{}';
	d_bits bit varying[] := '{}'; d_depth integer[] := '{}'; d_rel integer[] := '{}';
	d_earned float8[] := '{}'; d_gated boolean[] := '{}'; d_count integer[] := '{}';
	d_ub integer[] := '{}';
	c_bits bit varying[] := '{}'; c_key integer[] := '{}'; c_count integer[] := '{}';
	r_ordinal integer[] := '{}'; r_key integer[] := '{}';
	top integer := 0; deferred integer := 0; cells integer := 0; singles integer := 0;
	found bigint; threshold integer; best integer;
	bits bit varying; inb bit varying; depth integer; rel integer; earned float8;
	gated boolean; cnt integer; cin integer; ub integer; lb integer; t integer;
	after_mask bit varying; rest bit varying;
	ci integer; k integer; p integer; off integer; taken integer; one_rel integer; one_earned float8;
BEGIN
	IF candidates IS NULL OR wanted < 1 THEN RETURN; END IF;
	rel_rest := array_fill(0, ARRAY[n + 1]);
	match_rest := array_fill(0::float8, ARRAY[n + 1]);
	FOR i IN REVERSE n..1 LOOP
		rel_rest[i] := rel_rest[i + 1] + CASE WHEN i <= word_terms THEN term_points[i]::integer ELSE 0 END;
		match_rest[i] := match_rest[i + 1] + CASE WHEN i > word_terms THEN term_points[i] ELSE 0 END;
	END LOOP;
	IF after_key IS NOT NULL THEN after_mask := (~(candidates & ~candidates)) >> after_ordinal; END IF;
	-- The roots: those who share a language (everyone, without a gate), and the rest.
	IF gate IS NULL THEN
		top := 1; s_bits[1] := candidates; s_gated[1] := true;
	ELSE
		top := 2; s_bits[1] := candidates & gate; s_gated[1] := true;
		s_bits[2] := candidates # s_bits[1]; s_gated[2] := false;
	END IF;
	FOR i IN 1..top LOOP
		s_depth[i] := 0; s_rel[i] := 0; s_earned[i] := 0; s_count[i] := bit_count(s_bits[i]);
	END LOOP;
	threshold := 2147483647;
	LOOP
		WHILE top > 0 LOOP
			bits := s_bits[top]; depth := s_depth[top]; rel := s_rel[top]; earned := s_earned[top];
			gated := s_gated[top]; cnt := s_count[top];
			top := top - 1;
			CONTINUE WHEN cnt = 0;
			-- The key with no more terms met, and with all of them.
			lb := rel * 128 + CASE WHEN NOT gated THEN 0 WHEN match_max > 0
				THEN floor(100 * earned / match_max + 0.5)::integer + 1 ELSE 1 END;
			CONTINUE WHEN after_key IS NOT NULL AND lb > after_key;
			ub := (rel + rel_rest[depth + 1]) * 128 + CASE WHEN NOT gated THEN 0 WHEN match_max > 0
				THEN floor(100 * (earned + match_rest[depth + 1] + 1e-9) / match_max + 0.5)::integer + 1
				ELSE 1 END;
			IF after_key IS NOT NULL AND ub > after_key THEN ub := after_key; END IF;
			IF ub < threshold THEN
				deferred := deferred + 1;
				d_bits[deferred] := bits; d_depth[deferred] := depth; d_rel[deferred] := rel;
				d_earned[deferred] := earned; d_gated[deferred] := gated; d_count[deferred] := cnt;
				d_ub[deferred] := ub;
				CONTINUE;
			END IF;
			IF depth = n OR (NOT gated AND depth >= word_terms) THEN
				IF after_key IS NOT NULL AND lb = after_key THEN
					bits := bits & after_mask; cnt := bit_count(bits);
				END IF;
				IF cnt > 0 THEN
					cells := cells + 1; c_bits[cells] := bits; c_key[cells] := lb; c_count[cells] := cnt;
				END IF;
				CONTINUE;
			END IF;
			IF cnt <= by_mentor THEN
				rest := bits; off := 0;
				LOOP
					p := position(B'1' IN rest);
					EXIT WHEN p = 0;
					off := off + p;
					rest := substring(rest FROM p + 1);
					one_rel := rel; one_earned := earned;
					FOR i IN depth + 1..CASE WHEN gated THEN n ELSE word_terms END LOOP
						IF get_bit(term_bits[i], off - 1) = 1 THEN
							IF i <= word_terms THEN one_rel := one_rel + term_points[i]::integer;
							ELSE one_earned := one_earned + term_points[i]; END IF;
						END IF;
					END LOOP;
					k := one_rel * 128 + CASE WHEN NOT gated THEN 0 WHEN match_max > 0
						THEN floor(100 * one_earned / match_max + 0.5)::integer + 1 ELSE 1 END;
					CONTINUE WHEN after_key IS NOT NULL
						AND (k > after_key OR (k = after_key AND off <= after_ordinal));
					singles := singles + 1; r_ordinal[singles] := off; r_key[singles] := k;
				END LOOP;
				CONTINUE;
			END IF;
			t := depth + 1;
			inb := bits & term_bits[t];
			cin := bit_count(inb);
			IF cnt - cin > 0 THEN
				top := top + 1;
				s_bits[top] := bits # inb; s_depth[top] := t; s_rel[top] := rel; s_earned[top] := earned;
				s_gated[top] := gated; s_count[top] := cnt - cin;
			END IF;
			IF cin > 0 THEN
				top := top + 1;
				s_bits[top] := inb; s_depth[top] := t; s_gated[top] := gated; s_count[top] := cin;
				IF t <= word_terms THEN
					s_rel[top] := rel + term_points[t]::integer; s_earned[top] := earned;
				ELSE
					s_rel[top] := rel; s_earned[top] := earned + term_points[t];
				END IF;
			END IF;
		END LOOP;
		-- Every mentor at or above the bar is found: groups reach a key only above it.
		SELECT coalesce(sum(c), 0) INTO found FROM unnest(c_count) c;
		SELECT found + count(*) INTO found FROM unnest(r_key) r WHERE r >= threshold;
		EXIT WHEN found >= wanted OR deferred = 0;
		-- Lower the bar below the best set aside, and split again what it lets through.
		SELECT max(u) - 8 INTO threshold FROM unnest(d_ub) u;
		FOR i IN 1..deferred LOOP
			top := top + 1;
			s_bits[top] := d_bits[i]; s_depth[top] := d_depth[i]; s_rel[top] := d_rel[i];
			s_earned[top] := d_earned[i]; s_gated[top] := d_gated[i]; s_count[top] := d_count[i];
		END LOOP;
		deferred := 0; d_ub := '{}';
	END LOOP;
	-- The mentors of each group that can still make the page: first by ordinal, at most `wanted`.
	FOR ci IN SELECT g.i FROM unnest(c_key, c_count) WITH ORDINALITY AS g(k, c, i)
		WHERE (SELECT coalesce(sum(h.c), 0) FROM unnest(c_key, c_count) AS h(k, c) WHERE h.k > g.k)
			+ (SELECT count(*) FROM unnest(r_key) r WHERE r > g.k) < wanted
	LOOP
		rest := c_bits[ci]; off := 0; taken := 0;
		LOOP
			EXIT WHEN taken >= wanted;
			p := position(B'1' IN rest);
			EXIT WHEN p = 0;
			off := off + p; taken := taken + 1;
			singles := singles + 1; r_ordinal[singles] := off; r_key[singles] := c_key[ci];
			rest := substring(rest FROM p + 1);
		END LOOP;
	END LOOP;
	RETURN QUERY SELECT o, k2 FROM unnest(r_ordinal, r_key) AS x(o, k2) ORDER BY k2 DESC, o LIMIT wanted;
END $$;
