package dev.cluster.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest(name = "role `{0}` is `{1}`")
  @CsvSource(
      delimiter = '|',
      value = {
        "Head Teacher|headteacher",
        "Headteacher|headteacher",
        "Head|headteacher",
        "HT|headteacher",
        "  head teacher |headteacher",
        "SENCO|sendco",
        "SENDCo|sendco",
        "Sendco|sendco",
        "SBM|business-manager",
        "School Business Manager|business-manager",
        "Deputy|deputy-head",
        "Deputy Head|deputy-head",
        "Deputy Headteacher|deputy-head",
        "Chair of Governors|chair-of-governors",
        "Class Teacher|teacher",
        "class-teacher|teacher",
        "Teacher|teacher",
        "English Lead|english-lead",
        "Teaching_Assistant|teaching-assistant",
        "teacher|teacher",
        "Assessment Lead (KS2)|assessment-lead-ks2"
      })
  void normalisesRoles(String written, String role) {
    assertThat(Names.role(written)).isEqualTo(role);
  }

  @ParameterizedTest(name = "year group `{0}` is `{1}`")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "FS|FS",
        "fs|FS",
        "Reception|FS",
        "R|FS",
        "EYFS|FS",
        "Y1|Y1",
        "y4|Y4",
        "Year 4|Y4",
        "year-6|Y6",
        "Yr 2|Y2",
        "Nursery|FS",
        "FS1|FS",
        "Year 7|null",
        "Y0|null",
        "KS1|null",
        "4|null"
      })
  void normalisesYearGroups(String written, String yearGroup) {
    assertThat(Names.yearGroup(written)).isEqualTo(yearGroup);
  }

  @ParameterizedTest(name = "header `{0}` compares as `{1}`")
  @CsvSource(
      delimiter = '|',
      value = {
        "Year Group|yeargroup",
        "year-group|yeargroup",
        "YEAR_GROUP|yeargroup",
        " E-mail |email",
        "Name|name"
      })
  void matchesHeadersIgnoringCaseSpacesDashesAndUnderscores(String written, String compared) {
    assertThat(Names.header(written)).isEqualTo(compared);
  }

  @ParameterizedTest(name = "header `{0}` is sensitive: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Date of Birth|true",
        "DOB|true",
        "date_of_birth|true",
        "NI Number|true",
        "National Insurance No|true",
        "Ethnicity|true",
        "Gender|true",
        "Home Address|true",
        "Personal Phone|true",
        "Mobile|true",
        "Salary|true",
        "Annual Salary|true",
        "D.O.B.|true",
        "NI No.|true",
        "Personal Email Address|true",
        "Home Phone No|true",
        "Mobile No|true",
        "Postal Code|true",
        "Religion|true",
        "Disability|true",
        "Sexual Orientation|true",
        "Passport Number|true",
        "Bank Account|true",
        "Sort Code|true",
        "Sex|true",
        "Address|true",
        "Medical Notes|true",
        "Health Conditions|true",
        "Birthplace|true",
        "Home_Postcode|true",
        "Name|false",
        "Role|false",
        "Email|false",
        "Email Address|false",
        "Work Email|false",
        "Year Group|false",
        "Subjects|false",
        "Expertise|false",
        "Staff Role|false",
        "Known As|false",
        "Sexton|false",
        "Pay Scale|false"
      })
  void recognisesSensitiveColumns(String header, boolean sensitive) {
    assertThat(RosterReader.isSensitive(header)).isEqualTo(sensitive);
  }

  @ParameterizedTest(name = "`{0}` suggests `{1}`")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {"rhly|rhyl", "fleat|fleet", "gospel|gospel-oak", "zzzz|null"})
  void suggestsTheNearestId(String written, String suggestion) {
    assertThat(Suggest.closest(written, java.util.List.of("fleet", "gospel-oak", "rhyl", "netley")))
        .isEqualTo(suggestion);
  }
}
