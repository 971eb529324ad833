import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Rng } from './prng.js';

// Area codes in service across the US (all checked valid against libphonenumber's metadata).
const US_AREA_CODES: readonly number[] = [
  201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231,
  234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281, 301, 302, 303, 304, 305, 307,
  308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 325, 330, 334, 336, 337, 339, 347, 351,
  352, 360, 361, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 424, 425,
  430, 432, 434, 435, 440, 443, 469, 478, 479, 480, 484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513,
  515, 516, 517, 518, 520, 530, 540, 541, 551, 559, 561, 562, 563, 567, 570, 571, 573, 574, 575, 580, 585, 586,
  601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619, 620, 623, 626, 630, 631, 636,
  641, 646, 650, 651, 660, 661, 662, 678, 682, 701, 702, 703, 704, 706, 707, 708, 712, 713, 714, 715, 716, 717,
  718, 719, 720, 724, 727, 731, 732, 734, 740, 754, 757, 760, 763, 765, 770, 772, 773, 774, 775, 781, 785, 786,
  801, 802, 803, 804, 805, 806, 808, 810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847,
  848, 850, 856, 857, 858, 859, 860, 862, 863, 864, 865, 870, 878, 901, 903, 904, 906, 907, 908, 909, 910, 912,
  913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954, 956, 970,
  971, 972, 973, 978, 979, 980, 985, 989,
];

/** Callers from abroad (and Canada, which shares +1): a prefix and how many digits follow. */
const INTERNATIONAL: readonly (readonly [prefix: string, digits: number])[] = [
  ['+1416', 7], ['+1604', 7], ['+1514', 7], // Canada
  ['+4477', 8], ['+4479', 8], // UK mobile
  ['+5255', 8], ['+5233', 8], // Mexico
  ['+4915', 9], ['+4917', 8], // Germany mobile
  ['+919', 9], ['+917', 9], // India
  ['+639', 9], // Philippines
  ['+614', 8], // Australia mobile
  ['+336', 8], // France mobile
  ['+55119', 8], // Brazil, São Paulo mobile
];

export type SeedPhone = { e164: string; national: string };

/**
 * Makes real-looking, valid numbers. Every number is checked with libphonenumber (the same
 * metadata the app validates with); a failed draw is simply drawn again, which keeps the
 * result deterministic. US validity depends on the area code and exchange only, so that
 * check is cached per 6-digit prefix: parsing costs ~20 µs, too much for a million numbers.
 */
export class PhoneMaker {
  private readonly usPrefixValid = new Map<string, boolean>();

  constructor(private readonly rng: Rng) {}

  next(internationalShare: number): SeedPhone {
    if (this.rng.chance(internationalShare)) {
      for (let attempt = 0; attempt < 20; attempt++) {
        const [prefix, digits] = this.rng.pick(INTERNATIONAL);
        const e164 = prefix + this.rng.digits(digits);
        const parsed = parsePhoneNumberFromString(e164);
        if (parsed?.isValid()) return { e164, national: parsed.nationalNumber };
      }
    }
    return this.us();
  }

  private us(): SeedPhone {
    for (;;) {
      const area = this.rng.pick(US_AREA_CODES);
      const exchange = this.rng.int(200, 999);
      // N11 codes are services (411, 911) and 555 is the fictional exchange: not a person's line.
      if (exchange % 100 === 11 || exchange === 555) continue;
      const national = `${area}${exchange}${this.rng.digits(4)}`;
      const prefix = national.slice(0, 6);
      let valid = this.usPrefixValid.get(prefix);
      if (valid === undefined) {
        valid = parsePhoneNumberFromString(`+1${national}`)?.isValid() ?? false;
        this.usPrefixValid.set(prefix, valid);
      }
      if (valid) return { e164: `+1${national}`, national };
    }
  }
}
