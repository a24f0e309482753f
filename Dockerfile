# Builds one Lotse launcher: MODULE=app (all-in-one), command-side or query-side.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
ARG MODULE=app
RUN ./mvnw -B -ntp -DskipTests -Dlotse.cds.skip=true package \
 && if [ "$MODULE" = app ]; then cp app/target/lotse-app.jar /lotse.jar; \
    else cp "$MODULE/target/lotse-$MODULE-exec.jar" /lotse.jar; fi

FROM eclipse-temurin:17-jre
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
COPY --from=build /lotse.jar /opt/lotse/lotse.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/lotse/lotse.jar"]
