/**
 * Roles a note or an interview commonly comes from, offered as suggestions. They
 * are Finnish in both UI languages because they end up in Finnish reports.
 * A role, never a person's name: the review must not carry personal data.
 */
export const COMMON_ROLES = [
	'työhönvalmentaja',
	'tiiminvetäjä',
	'esihenkilö',
	'asiakas',
	'sosiaalityöntekijä',
	'työnantaja',
	'omaohjaaja',
	'psykiatrinen sairaanhoitaja',
	'etuusneuvoja',
	'työkykykoordinaattori',
	'johtaja'
] as const;
