import type { LanguageCode } from '@mentorbro/core/catalogue';

/**
 * Name pools by background, with the languages that usually come with it. Ethnicity is not a
 * matching criterion; these exist only so demo people look and speak like real members.
 */
export interface Background {
  key: string;
  firstNames: readonly string[];
  lastNames: readonly string[];
  motherTongue: LanguageCode;
  /** Other languages people of this background often speak. */
  otherLanguages: readonly LanguageCode[];
}

export const DANISH: Background = {
  key: 'danish',
  firstNames: [
    'Anne', 'Mette', 'Kirsten', 'Hanne', 'Lene', 'Camilla', 'Louise', 'Sofie', 'Maria', 'Karen',
    'Susanne', 'Pia', 'Charlotte', 'Line', 'Julie', 'Ida', 'Signe', 'Marianne', 'Helle',
    'Birgitte', 'Tina', 'Rikke', 'Trine', 'Malene', 'Katrine', 'Nanna', 'Cecilie', 'Maja', 'Lone',
    'Dorthe', 'Jette', 'Bente', 'Inge', 'Astrid', 'Freja',
  ],
  lastNames: [
    'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen',
    'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen',
    'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Lund', 'Holm', 'Schmidt',
    'Bach', 'Kjær', 'Dahl', 'Friis', 'Skov', 'Bruun', 'Vestergaard',
  ],
  motherTongue: 'da',
  otherLanguages: ['en', 'de', 'sv', 'no', 'fr', 'es'],
};

export const IMMIGRANT_BACKGROUNDS: readonly (readonly [Background, number])[] = [
  [{
    key: 'arabic',
    firstNames: ['Amina', 'Fatima', 'Layla', 'Noor', 'Rania', 'Hiba', 'Yasmin', 'Mariam', 'Samira', 'Zainab', 'Rasha', 'Dima', 'Lina', 'Huda'],
    lastNames: ['Hassan', 'Ali', 'Ahmad', 'Khalil', 'Haddad', 'Mansour', 'Saleh', 'Yousef', 'Ibrahim', 'Abbas', 'Nasser', 'Darwish'],
    motherTongue: 'ar', otherLanguages: ['en', 'fr', 'ku', 'tr'],
  }, 26],
  [{
    key: 'somali',
    firstNames: ['Hodan', 'Sahra', 'Fadumo', 'Hawa', 'Ayaan', 'Nimco', 'Ubah', 'Khadra', 'Idil', 'Sagal'],
    lastNames: ['Warsame', 'Farah', 'Abdi', 'Osman', 'Jama', 'Mohamed', 'Hersi', 'Aden', 'Nur'],
    motherTongue: 'so', otherLanguages: ['ar', 'en', 'am'],
  }, 12],
  [{
    key: 'eritrean',
    firstNames: ['Selam', 'Helen', 'Senait', 'Yohana', 'Rahel', 'Saba', 'Luwam', 'Winta', 'Feven'],
    lastNames: ['Tesfay', 'Gebremedhin', 'Haile', 'Berhane', 'Kidane', 'Tekle', 'Ghebrehiwet', 'Asfaha'],
    motherTongue: 'ti', otherLanguages: ['am', 'ar', 'en'],
  }, 10],
  [{
    key: 'ukrainian',
    firstNames: ['Olena', 'Iryna', 'Oksana', 'Tetiana', 'Natalia', 'Kateryna', 'Yulia', 'Svitlana', 'Halyna'],
    lastNames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Boyko', 'Moroz'],
    motherTongue: 'uk', otherLanguages: ['ru', 'en', 'pl', 'de'],
  }, 16],
  [{
    key: 'afghan',
    firstNames: ['Maryam', 'Zahra', 'Parisa', 'Shirin', 'Soraya', 'Nazanin', 'Farida', 'Mahsa', 'Roya'],
    lastNames: ['Ahmadi', 'Hosseini', 'Rahimi', 'Karimi', 'Mohammadi', 'Sultani', 'Haidari', 'Nazari'],
    motherTongue: 'prs', otherLanguages: ['fa', 'ps', 'en', 'ur'],
  }, 10],
  [{
    key: 'iranian',
    firstNames: ['Shadi', 'Nasrin', 'Leila', 'Mina', 'Azadeh', 'Golnaz', 'Niloufar'],
    lastNames: ['Rezaei', 'Moradi', 'Jafari', 'Sadeghi', 'Ebrahimi', 'Tehrani'],
    motherTongue: 'fa', otherLanguages: ['en', 'tr', 'de'],
  }, 6],
  [{
    key: 'turkish_kurdish',
    firstNames: ['Ayşe', 'Elif', 'Zeynep', 'Gül', 'Derya', 'Leyla', 'Berfin', 'Rojda', 'Sevda'],
    lastNames: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Doğan', 'Aydın', 'Zana'],
    motherTongue: 'tr', otherLanguages: ['ku', 'en', 'de'],
  }, 8],
  [{
    key: 'pakistani',
    firstNames: ['Ayesha', 'Sana', 'Nadia', 'Hina', 'Sadia', 'Rabia'],
    lastNames: ['Khan', 'Hussain', 'Malik', 'Butt', 'Chaudhry', 'Iqbal'],
    motherTongue: 'ur', otherLanguages: ['en', 'hi'],
  }, 4],
  [{
    key: 'filipino',
    firstNames: ['Jocelyn', 'Rowena', 'Maricel', 'Grace', 'Joy', 'Lourdes'],
    lastNames: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza'],
    motherTongue: 'tl', otherLanguages: ['en', 'es'],
  }, 4],
  [{
    key: 'polish',
    firstNames: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Ewa', 'Małgorzata'],
    lastNames: ['Kowalska', 'Nowak', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowska'],
    motherTongue: 'pl', otherLanguages: ['en', 'de', 'ru'],
  }, 4],
];
