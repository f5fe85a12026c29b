CREATE TABLE leitner_cards (
	user_id BIGINT NOT NULL, 
	question_id VARCHAR(40) NOT NULL, 
	box INTEGER NOT NULL, 
	due_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	PRIMARY KEY (user_id, question_id)
);

CREATE TABLE players (
	user_id BIGSERIAL NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	PRIMARY KEY (user_id)
);

CREATE TABLE quiz_rounds (
	id SERIAL NOT NULL, 
	user_id BIGINT NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	topic VARCHAR(40) NOT NULL, 
	question_ids TEXT NOT NULL, 
	started_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_quiz_rounds_user_id ON quiz_rounds (user_id);

CREATE TABLE schema_version (
	id SERIAL NOT NULL, 
	version INTEGER NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE tournaments (
	id SERIAL NOT NULL, 
	chat_id BIGINT NOT NULL, 
	active_chat_id BIGINT, 
	starter_id BIGINT NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	questions INTEGER NOT NULL, 
	seconds INTEGER NOT NULL, 
	question_ids TEXT NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (active_chat_id)
);

CREATE INDEX ix_tournaments_chat_id ON tournaments (chat_id);

CREATE TABLE unanswered_questions (
	id SERIAL NOT NULL, 
	text TEXT NOT NULL, 
	normalised VARCHAR(500) NOT NULL, 
	chat_id BIGINT, 
	asked_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_unanswered_questions_normalised ON unanswered_questions (normalised);

CREATE TABLE answers (
	id SERIAL NOT NULL, 
	dedupe_key VARCHAR(120) NOT NULL, 
	user_id BIGINT NOT NULL, 
	question_id VARCHAR(40) NOT NULL, 
	correct BOOLEAN NOT NULL, 
	points INTEGER NOT NULL, 
	round_id INTEGER, 
	tournament_id INTEGER, 
	answered_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (dedupe_key), 
	FOREIGN KEY(round_id) REFERENCES quiz_rounds (id), 
	FOREIGN KEY(tournament_id) REFERENCES tournaments (id)
);

CREATE INDEX ix_answers_round_id ON answers (round_id);

CREATE INDEX ix_answers_tournament_id ON answers (tournament_id);

CREATE INDEX ix_answers_user_id ON answers (user_id);

CREATE TABLE tournament_players (
	tournament_id INTEGER NOT NULL, 
	user_id BIGINT NOT NULL, 
	PRIMARY KEY (tournament_id, user_id), 
	FOREIGN KEY(tournament_id) REFERENCES tournaments (id)
);

CREATE TABLE tournament_polls (
	poll_id VARCHAR(64) NOT NULL, 
	tournament_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	question_id VARCHAR(40) NOT NULL, 
	correct_option INTEGER NOT NULL, 
	sent_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	closes_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	PRIMARY KEY (poll_id), 
	FOREIGN KEY(tournament_id) REFERENCES tournaments (id)
);

CREATE INDEX ix_tournament_polls_tournament_id ON tournament_polls (tournament_id);
