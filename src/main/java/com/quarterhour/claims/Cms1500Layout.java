package com.quarterhour.claims;

/**
 * Where each box of the CMS-1500 (02/12) sits on the page, in PDF points from the page's top left
 * (a US Letter page, 612 × 792), in the form's own rows and columns: the renderer draws the boxes
 * and fills them from this one table, and the test reads each box's text back from the same places.
 */
enum Cms1500Layout {
  CARRIER("Payer", 320, 24, 272, 46),
  BOX_1("1. TYPE OF COVERAGE", 20, 96, 370, 24),
  BOX_1A("1a. INSURED'S I.D. NUMBER", 390, 96, 202, 24),
  BOX_2("2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", 20, 120, 215, 24),
  BOX_3("3. PATIENT'S BIRTH DATE  SEX", 235, 120, 155, 24),
  BOX_4("4. INSURED'S NAME (Last Name, First Name, Middle Initial)", 390, 120, 202, 24),
  BOX_5("5. PATIENT'S ADDRESS (No., Street)", 20, 144, 215, 24),
  BOX_6("6. PATIENT RELATIONSHIP TO INSURED", 235, 144, 155, 24),
  BOX_7("7. INSURED'S ADDRESS (No., Street)", 390, 144, 202, 24),
  BOX_5_CITY("CITY  STATE", 20, 168, 215, 24),
  BOX_8("8. RESERVED FOR NUCC USE", 235, 168, 155, 48),
  BOX_7_CITY("CITY  STATE", 390, 168, 202, 24),
  BOX_5_ZIP("ZIP CODE  TELEPHONE", 20, 192, 215, 24),
  BOX_7_ZIP("ZIP CODE  TELEPHONE", 390, 192, 202, 24),
  BOX_9("9. OTHER INSURED'S NAME", 20, 216, 215, 24),
  BOX_10("10. IS PATIENT'S CONDITION RELATED TO:", 235, 216, 155, 24),
  BOX_11("11. INSURED'S POLICY GROUP OR FECA NUMBER", 390, 216, 202, 24),
  BOX_9A("a. OTHER INSURED'S POLICY OR GROUP NUMBER", 20, 240, 215, 24),
  BOX_10A("a. EMPLOYMENT? (Current or Previous)", 235, 240, 155, 24),
  BOX_11A("a. INSURED'S DATE OF BIRTH  SEX", 390, 240, 202, 24),
  BOX_9B("b. RESERVED FOR NUCC USE", 20, 264, 215, 24),
  BOX_10B("b. AUTO ACCIDENT?  PLACE (State)", 235, 264, 155, 24),
  BOX_11B("b. OTHER CLAIM ID (Designated by NUCC)", 390, 264, 202, 24),
  BOX_9C("c. RESERVED FOR NUCC USE", 20, 288, 215, 24),
  BOX_10C("c. OTHER ACCIDENT?", 235, 288, 155, 24),
  BOX_11C("c. INSURANCE PLAN NAME OR PROGRAM NAME", 390, 288, 202, 24),
  BOX_9D("d. INSURANCE PLAN NAME OR PROGRAM NAME", 20, 312, 215, 24),
  BOX_10D("10d. CLAIM CODES (Designated by NUCC)", 235, 312, 155, 24),
  BOX_11D("d. IS THERE ANOTHER HEALTH BENEFIT PLAN?", 390, 312, 202, 24),
  BOX_12("12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE", 20, 336, 370, 30),
  BOX_13("13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE", 390, 336, 202, 30),
  BOX_14("14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)", 20, 366, 215, 24),
  BOX_15("15. OTHER DATE", 235, 366, 155, 24),
  BOX_16("16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION", 390, 366, 202, 24),
  BOX_17("17. NAME OF REFERRING PROVIDER OR OTHER SOURCE", 20, 390, 215, 24),
  BOX_17B("17a.  17b. NPI", 235, 390, 155, 24),
  BOX_18("18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES", 390, 390, 202, 24),
  BOX_19("19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)", 20, 414, 370, 24),
  BOX_20("20. OUTSIDE LAB?  $ CHARGES", 390, 414, 202, 24),
  BOX_21("21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY (Relate A-L to service line below (24E))  ICD Ind.", 20, 438, 370, 48),
  BOX_22("22. RESUBMISSION CODE  ORIGINAL REF. NO.", 390, 438, 202, 24),
  BOX_23("23. PRIOR AUTHORIZATION NUMBER", 390, 462, 202, 24),
  BOX_24A("24. A. DATE(S) OF SERVICE From  To", 20, 486, 110, 20),
  BOX_24B("B. PLACE OF SERVICE", 130, 486, 26, 20),
  BOX_24C("C. EMG", 156, 486, 20, 20),
  BOX_24D("D. PROCEDURES, SERVICES, OR SUPPLIES  CPT/HCPCS  MODIFIER", 176, 486, 124, 20),
  BOX_24E("E. DIAGNOSIS POINTER", 300, 486, 45, 20),
  BOX_24F("F. $ CHARGES", 345, 486, 60, 20),
  BOX_24G("G. DAYS OR UNITS", 405, 486, 35, 20),
  BOX_24H("H. EPSDT", 440, 486, 24, 20),
  BOX_24I("I. ID. QUAL.", 464, 486, 26, 20),
  BOX_24J("J. RENDERING PROVIDER ID. #", 490, 486, 102, 20),
  BOX_25("25. FEDERAL TAX I.D. NUMBER  SSN EIN", 20, 650, 150, 24),
  BOX_26("26. PATIENT'S ACCOUNT NO.", 170, 650, 110, 24),
  BOX_27("27. ACCEPT ASSIGNMENT?", 280, 650, 80, 24),
  BOX_28("28. TOTAL CHARGE", 360, 650, 80, 24),
  BOX_29("29. AMOUNT PAID", 440, 650, 70, 24),
  BOX_30("30. Rsvd for NUCC Use", 510, 650, 82, 24),
  BOX_31("31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS", 20, 674, 150, 62),
  BOX_32("32. SERVICE FACILITY LOCATION INFORMATION", 170, 674, 190, 48),
  BOX_33("33. BILLING PROVIDER INFO & PH #", 360, 674, 232, 48),
  BOX_32A("a.", 170, 722, 190, 14),
  BOX_33A("a.", 360, 722, 232, 14);

  /** The six service lines: the first starts under the column heads, each line one row high. */
  static final int LINES_PER_PAGE = 6;
  static final float FIRST_LINE_TOP = 506;
  static final float LINE_HEIGHT = 24;

  final String label;
  final float x;
  final float top;
  final float width;
  final float height;

  Cms1500Layout(String label, float x, float top, float width, float height) {
    this.label = label;
    this.x = x;
    this.top = top;
    this.width = width;
    this.height = height;
  }

  /** A column of the service lines (24A–24J) on line {@code row} (0–5) of a page. */
  float[] cell(int row) {
    return new float[] {x, FIRST_LINE_TOP + row * LINE_HEIGHT, width, LINE_HEIGHT};
  }
}
