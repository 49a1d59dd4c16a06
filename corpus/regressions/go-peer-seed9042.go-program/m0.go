package main

import "unsafe"

var _ unsafe.Pointer

//go:noinline
func m0_f0(p0 uintptr, p1 string, p2 string, p3 float32, p4 float32, p5 string, p6 uint, p7 [2]complex128, p8 bool, p9 int32, p10 complex64, p11 complex128) (string, struct{F0 uint; F1 float64; F2 int8; F3 float32; F4 interface{M0() (unsafe.Pointer, uint8); M1(uint, int32, uint64)}}, float32, int32) {
	var v0, v2, v4, v10, v11, v48, v49, v56, v57, v58, v59, v60, v61, v62, v63, v64, v66, v67, v68, v69, v70, v71, v72, v74, v75, v78, v92, v102, v109, v111, v118, v120, v121, v122, v123, v125, v126, v127, v128, v129, v130, v133, v134, v137, v138, v141, v142, v143, v144, v145, v146, v148, v149, v151, v152, v154, v155, v157, v158, v159, v160, v161, v162, v163, v164, v167, v168, v171, v172, v174, v175, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v190, v191, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v211, v212, v214, v215, v217, v218, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v236, v237, v239, v240, v242, v243, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v261, v262, v264, v265, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v305, v306, v307, v308, v309, v311, v312, v313, v314, v315, v317, v318, v319, v320, v321, v322, v323, v326, v327, v329, v330, v331, v332, v333, v335, v336, v338, v339, v341, v342, v344, v345, v347, v348, v349, v350, v352, v353, v355, v356, v358, v359, v361, v362, v363, v364, v365, v367, v368, v369, v370, v371, v372, v374, v375, v377, v378, v380, v381, v382, v383, v384, v387, v388, v389, v390, v391, v392, v393, v394, v395, v396, v397, v398, v399, v400, v401, v402, v403, v404, v405, v407, v408 uint64
	var v1, v3, v7, v9, v27, v30, v37, v43, v73, v76, v77, v79, v91, v95, v110, v119, v411, v412 unsafe.Pointer
	var v5, v6, v8, v18, v19, v25, v44, v93, v116, v410, q4_0, t4, t24 float32
	var v12, v13, v14, v15, v20, v21, v26, v34, v35, v36, v38, v45, v46, v47, v53, v54, v55, v85, v87, v89, v94, v97, v98, v99, v100, v101, v103, v104, v105, v106, v108, v112, v113, v114, v124, v131, v132, v135, v136, v139, v140, v147, v150, v153, v156, v165, v166, v169, v170, v173, v176, v188, v189, v192, v210, v213, v216, v219, v234, v235, v238, v241, v244, v260, v263, v266, v304, v310, v316, v324, v325, v328, v334, v337, v340, v343, v346, v351, v354, v357, v360, v366, v373, v376, v379, v385, v386, v406, t1, t5, t8, t9, t10, t11, t12, t17, t20, t21, t22 float64
	var v16, v32, v39, v41, v42, v50, v51, v52, v65, v81, v82, v84, v86, v88, v107, v409, t16 uint8
	var v17, v28, v29, v33, v40, v80, v83, v90, v115, v117, v413, t25 uint32
	var v22, v23, v24, v31, v96 uint16
	var s0, s1, s2, s3 struct{ _ [0]uint64; b [16]byte }
	var s4 struct{ _ [0]uint64; b [8192]byte }
	var t0 func(uint32, complex128, complex128, uint8, uint64, float64, int, uintptr, rune, float64, bool, int32, uint8, float64, uint8, float64, int8, complex128, uint64, float64, complex128) (float64, int32, string, float32, float64, *float32, int16, float64, float64, float64, float64, float64, uint, complex128, complex128, uint8, float64, uintptr, string, float64, float64, float64, int32, float32, uint32)
	var t2, t23 int32
	var t3, t19 string
	var t6 *float32
	var t7 int16
	var t13 uint
	var t14, t15 complex128
	var t18 uintptr
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v314, v315, v316, v317, v318, v319, v320, v321, v322, v323, v324, v325, v326, v327, v328, v329, v330, v331, v332, v333, v334, v335, v336, v337, v338, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v349, v350, v351, v352, v353, v354, v355, v356, v357, v358, v359, v360, v361, v362, v363, v364, v365, v366, v367, v368, v369, v370, v371, v372, v373, v374, v375, v376, v377, v378, v379, v380, v381, v382, v383, v384, v385, v386, v387, v388, v389, v390, v391, v392, v393, v394, v395, v396, v397, v398, v399, v400, v401, v402, v403, v404, v405, v406, v407, v408, v409, v410, v411, v412, v413, s0, s1, s2, s3, s4, q4_0, t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24, t25
	q4_0 = p4
	v0 = uint64(p0)
	v1 = *(*unsafe.Pointer)(unsafe.Pointer(&p1))
	v2 = uint64(len(p1))
	v3 = *(*unsafe.Pointer)(unsafe.Pointer(&p2))
	v4 = uint64(len(p2))
	v5 = p3
	v6 = q4_0
	v7 = unsafe.Pointer(&p4)
	*(*float32)(v7) = v6
	v8 = *(*float32)(v7)
	v9 = *(*unsafe.Pointer)(unsafe.Pointer(&p5))
	v10 = uint64(len(p5))
	v11 = uint64(p6)
	v12 = real(p7[0])
	v13 = imag(p7[0])
	v14 = real(p7[1])
	v15 = imag(p7[1])
	v16 = jr_bbits(p8)
	v17 = uint32(p9)
	v18 = real(p10)
	v19 = imag(p10)
	v20 = real(p11)
	v21 = imag(p11)
	v22 = uint16(v10)
	v23 = 0xff7c
	v24 = v22 &^ v23
	v25 = float32(v20)
	v26 = float64(v25)
	v27 = unsafe.Pointer(&s0)
	v28 = uint32(v26)
	*(*uint32)(unsafe.Add(v27, 8)) = v28
	v29 = *(*uint32)(unsafe.Add(v27, 8))
	v30 = unsafe.Pointer(&s1)
	*(*uint16)(v30) = v23
	v31 = *(*uint16)(v30)
	v32 = uint8(v17)
	v33 = uint32(v11)
	v34 = -v15
	v35 = 37.5
	v36 = v26 + v35
	v37 = unsafe.Pointer(&s2)
	*(*float64)(unsafe.Add(v37, 8)) = v34
	v38 = *(*float64)(unsafe.Add(v37, 8))
	v39 = uint8(int8(v38))
	v40 = uint32(v39)
	v41 = uint8(int8(v34))
	v42 = jr_b2u(v16 >= v41)
	v43 = unsafe.Pointer(&s3)
	*(*float32)(v43) = v5
	v44 = *(*float32)(v43)
	v45 = float64(v2)
	v46 = float64(v10)
	v47 = v45 * v46
	v48 = uint64(v39)
	v49 = v11 + v48
	v50 = 0x1
	v51 = v41 | v50
	v52 = v39 / v51
	v53 = float64(int8(v50))
	v54 = float64(int32(v28))
	v55 = v53 * v54
	v56 = 0x1ad
	v57 = uint64(v12)
	v58 = 0x1
	v59 = v57 | v58
	v60 = v56 / v59
	v61 = 0x0
	v62, v63 = v61, v60
	goto b1
b1:
	v64 = 0x1
	v65 = jr_b2u(int64(v62) >= int64(v64))
	if v65 != 0 {
		v72 = v63
		goto b3
	}
	goto b2
b2:
	v66 = 0x179
	v67 = 0x3
	v68 = v63 << v67
	v69 = v68 ^ v66
	v70 = 0x1
	v71 = v62 + v70
	v62, v63 = v71, v69
	goto b1
b3:
	v73 = unsafe.Pointer(&s4)
	v74 = 0xfffffffffffffe3f
	*(*uint64)(v73) = v74
	v75 = 0xffffffffffffffa3
	*(*uint64)(unsafe.Add(v73, 8184)) = v75
	v76 = unsafe.Pointer(new(int64))
	jr_reg(v76, 8)
	*(*uint64)(v76) = v4
	v77 = unsafe.Pointer(new([2]int64))
	jr_reg(v77, 16)
	*(*uint64)(v77) = v0
	v78 = uint64(v40)
	*(*uint64)(unsafe.Add(v77, 8)) = v78
	t0 = m0mk_c1(m0ctx_c1{L0: v77})
	v79 = *(*unsafe.Pointer)(unsafe.Pointer(&t0))
	jr_reg(v79, 16)
	if *(*unsafe.Pointer)(unsafe.Add(v79, 8)) != *(*unsafe.Pointer)(unsafe.Pointer(&v77)) { panic("closure layout") }
	v80 = uint32(v58)
	v81 = uint8(v58)
	v82 = uint8(v74)
	v83 = uint32(v58)
	v84 = uint8(v58)
	v85 = 24.75
	v86 = uint8(v58)
	v87 = 23.25
	v88 = uint8(v58)
	t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24, t25 = (*(*func(uint32, complex128, complex128, uint8, uint64, float64, int, uintptr, rune, float64, bool, int32, uint8, float64, uint8, float64, int8, complex128, uint64, float64, complex128) (float64, int32, string, float32, float64, *float32, int16, float64, float64, float64, float64, float64, uint, complex128, complex128, uint8, float64, uintptr, string, float64, float64, float64, int32, float32, uint32))(unsafe.Pointer(&v79)))(uint32(v80), complex(v26, v13), complex(v13, v13), uint8(v81), uint64(v49), v13, int(v58), uintptr(v58), rune(v40), v13, jr_u2b(v82), int32(v83), uint8(v84), v85, uint8(v86), v87, int8(v88), complex(v13, v13), uint64(v58), v13, complex(v13, v13))
	v89 = t1
	v90 = uint32(t2)
	v91 = *(*unsafe.Pointer)(unsafe.Pointer(&t3))
	v92 = uint64(len(t3))
	v93 = t4
	v94 = t5
	v95 = unsafe.Pointer(t6)
	v96 = uint16(t7)
	v97 = t8
	v98 = t9
	v99 = t10
	v100 = t11
	v101 = t12
	v102 = uint64(t13)
	v103 = real(t14)
	v104 = imag(t14)
	v105 = real(t15)
	v106 = imag(t15)
	v107 = uint8(t16)
	v108 = t17
	v109 = uint64(t18)
	v110 = *(*unsafe.Pointer)(unsafe.Pointer(&t19))
	v111 = uint64(len(t19))
	v112 = t20
	v113 = t21
	v114 = t22
	v115 = uint32(t23)
	v116 = t24
	v117 = uint32(t25)
	v118 = *(*uint64)(v76)
	v119 = unsafe.Pointer(&s4)
	v120 = *(*uint64)(v119)
	v121 = *(*uint64)(unsafe.Add(v119, 8184))
	v122 = 0x1f
	v123 = 0x5bd1e995
	v124 = 0.0
	v125 = v123 * v122
	v126 = v125 + v0
	v127 = v126 * v122
	v128 = v127 + v2
	v129 = v128 * v122
	v130 = v129 + v4
	v131 = float64(v5)
	v132 = v124 + v131
	v133 = uint64(int64(v131))
	v134 = v130 ^ v133
	v135 = float64(v6)
	v136 = v132 + v135
	v137 = uint64(int64(v135))
	v138 = v134 ^ v137
	v139 = float64(v8)
	v140 = v136 + v139
	v141 = uint64(int64(v139))
	v142 = v138 ^ v141
	v143 = v142 * v122
	v144 = v143 + v10
	v145 = v144 * v122
	v146 = v145 + v11
	v147 = v140 + v12
	v148 = uint64(int64(v12))
	v149 = v146 ^ v148
	v150 = v147 + v13
	v151 = uint64(int64(v13))
	v152 = v149 ^ v151
	v153 = v150 + v14
	v154 = uint64(int64(v14))
	v155 = v152 ^ v154
	v156 = v153 + v15
	v157 = uint64(int64(v15))
	v158 = v155 ^ v157
	v159 = uint64(v16)
	v160 = v158 * v122
	v161 = v160 + v159
	v162 = uint64(v17)
	v163 = v161 * v122
	v164 = v163 + v162
	v165 = float64(v18)
	v166 = v156 + v165
	v167 = uint64(int64(v165))
	v168 = v164 ^ v167
	v169 = float64(v19)
	v170 = v166 + v169
	v171 = uint64(int64(v169))
	v172 = v168 ^ v171
	v173 = v170 + v20
	v174 = uint64(int64(v20))
	v175 = v172 ^ v174
	v176 = v173 + v21
	v177 = uint64(int64(v21))
	v178 = v175 ^ v177
	v179 = uint64(v22)
	v180 = v178 * v122
	v181 = v180 + v179
	v182 = uint64(v23)
	v183 = v181 * v122
	v184 = v183 + v182
	v185 = uint64(v24)
	v186 = v184 * v122
	v187 = v186 + v185
	v188 = float64(v25)
	v189 = v176 + v188
	v190 = uint64(int64(v188))
	v191 = v187 ^ v190
	v192 = v189 + v26
	v193 = uint64(int64(v26))
	v194 = v191 ^ v193
	v195 = uint64(v28)
	v196 = v194 * v122
	v197 = v196 + v195
	v198 = uint64(v29)
	v199 = v197 * v122
	v200 = v199 + v198
	v201 = uint64(v31)
	v202 = v200 * v122
	v203 = v202 + v201
	v204 = uint64(v32)
	v205 = v203 * v122
	v206 = v205 + v204
	v207 = uint64(v33)
	v208 = v206 * v122
	v209 = v208 + v207
	v210 = v192 + v34
	v211 = uint64(int64(v34))
	v212 = v209 ^ v211
	v213 = v210 + v35
	v214 = uint64(int64(v35))
	v215 = v212 ^ v214
	v216 = v213 + v36
	v217 = uint64(int64(v36))
	v218 = v215 ^ v217
	v219 = v216 + v38
	v220 = uint64(int64(v38))
	v221 = v218 ^ v220
	v222 = uint64(v39)
	v223 = v221 * v122
	v224 = v223 + v222
	v225 = uint64(v40)
	v226 = v224 * v122
	v227 = v226 + v225
	v228 = uint64(v41)
	v229 = v227 * v122
	v230 = v229 + v228
	v231 = uint64(v42)
	v232 = v230 * v122
	v233 = v232 + v231
	v234 = float64(v44)
	v235 = v219 + v234
	v236 = uint64(int64(v234))
	v237 = v233 ^ v236
	v238 = v235 + v45
	v239 = uint64(int64(v45))
	v240 = v237 ^ v239
	v241 = v238 + v46
	v242 = uint64(int64(v46))
	v243 = v240 ^ v242
	v244 = v241 + v47
	v245 = uint64(int64(v47))
	v246 = v243 ^ v245
	v247 = v246 * v122
	v248 = v247 + v48
	v249 = v248 * v122
	v250 = v249 + v49
	v251 = uint64(v50)
	v252 = v250 * v122
	v253 = v252 + v251
	v254 = uint64(v51)
	v255 = v253 * v122
	v256 = v255 + v254
	v257 = uint64(v52)
	v258 = v256 * v122
	v259 = v258 + v257
	v260 = v244 + v53
	v261 = uint64(int64(v53))
	v262 = v259 ^ v261
	v263 = v260 + v54
	v264 = uint64(int64(v54))
	v265 = v262 ^ v264
	v266 = v263 + v55
	v267 = uint64(int64(v55))
	v268 = v265 ^ v267
	v269 = v268 * v122
	v270 = v269 + v56
	v271 = v270 * v122
	v272 = v271 + v57
	v273 = v272 * v122
	v274 = v273 + v58
	v275 = v274 * v122
	v276 = v275 + v59
	v277 = v276 * v122
	v278 = v277 + v60
	v279 = v278 * v122
	v280 = v279 + v61
	v281 = v280 * v122
	v282 = v281 + v72
	v283 = v282 * v122
	v284 = v283 + v74
	v285 = v284 * v122
	v286 = v285 + v75
	v287 = v286 * v122
	v288 = v287 + v78
	v289 = uint64(v80)
	v290 = v288 * v122
	v291 = v290 + v289
	v292 = uint64(v81)
	v293 = v291 * v122
	v294 = v293 + v292
	v295 = uint64(v82)
	v296 = v294 * v122
	v297 = v296 + v295
	v298 = uint64(v83)
	v299 = v297 * v122
	v300 = v299 + v298
	v301 = uint64(v84)
	v302 = v300 * v122
	v303 = v302 + v301
	v304 = v266 + v85
	v305 = uint64(int64(v85))
	v306 = v303 ^ v305
	v307 = uint64(v86)
	v308 = v306 * v122
	v309 = v308 + v307
	v310 = v304 + v87
	v311 = uint64(int64(v87))
	v312 = v309 ^ v311
	v313 = uint64(v88)
	v314 = v312 * v122
	v315 = v314 + v313
	v316 = v310 + v89
	v317 = uint64(int64(v89))
	v318 = v315 ^ v317
	v319 = uint64(v90)
	v320 = v318 * v122
	v321 = v320 + v319
	v322 = v321 * v122
	v323 = v322 + v92
	v324 = float64(v93)
	v325 = v316 + v324
	v326 = uint64(int64(v324))
	v327 = v323 ^ v326
	v328 = v325 + v94
	v329 = uint64(int64(v94))
	v330 = v327 ^ v329
	v331 = uint64(v96)
	v332 = v330 * v122
	v333 = v332 + v331
	v334 = v328 + v97
	v335 = uint64(int64(v97))
	v336 = v333 ^ v335
	v337 = v334 + v98
	v338 = uint64(int64(v98))
	v339 = v336 ^ v338
	v340 = v337 + v99
	v341 = uint64(int64(v99))
	v342 = v339 ^ v341
	v343 = v340 + v100
	v344 = uint64(int64(v100))
	v345 = v342 ^ v344
	v346 = v343 + v101
	v347 = uint64(int64(v101))
	v348 = v345 ^ v347
	v349 = v348 * v122
	v350 = v349 + v102
	v351 = v346 + v103
	v352 = uint64(int64(v103))
	v353 = v350 ^ v352
	v354 = v351 + v104
	v355 = uint64(int64(v104))
	v356 = v353 ^ v355
	v357 = v354 + v105
	v358 = uint64(int64(v105))
	v359 = v356 ^ v358
	v360 = v357 + v106
	v361 = uint64(int64(v106))
	v362 = v359 ^ v361
	v363 = uint64(v107)
	v364 = v362 * v122
	v365 = v364 + v363
	v366 = v360 + v108
	v367 = uint64(int64(v108))
	v368 = v365 ^ v367
	v369 = v368 * v122
	v370 = v369 + v109
	v371 = v370 * v122
	v372 = v371 + v111
	v373 = v366 + v112
	v374 = uint64(int64(v112))
	v375 = v372 ^ v374
	v376 = v373 + v113
	v377 = uint64(int64(v113))
	v378 = v375 ^ v377
	v379 = v376 + v114
	v380 = uint64(int64(v114))
	v381 = v378 ^ v380
	v382 = uint64(v115)
	v383 = v381 * v122
	v384 = v383 + v382
	v385 = float64(v116)
	v386 = v379 + v385
	v387 = uint64(int64(v385))
	v388 = v384 ^ v387
	v389 = uint64(v117)
	v390 = v388 * v122
	v391 = v390 + v389
	v392 = v391 * v122
	v393 = v392 + v118
	v394 = v393 * v122
	v395 = v394 + v120
	v396 = v395 * v122
	v397 = v396 + v120
	v398 = v397 * v122
	v399 = v398 + v121
	v400 = v399 * v122
	v401 = v400 + v121
	v402 = v401 * v122
	v403 = v402 + v122
	v404 = v403 * v122
	v405 = v404 + v123
	v406 = v386 + v124
	v407 = uint64(int64(v124))
	v408 = v405 ^ v407
	v409 = uint8(v408)
	v410 = float32(v406)
	v411 = nil
	v412 = nil
	v413 = uint32(v408)
	return *(*string)(unsafe.Pointer(&jr_strh{v1, int(v2)})), struct{F0 uint; F1 float64; F2 int8; F3 float32; F4 interface{M0() (unsafe.Pointer, uint8); M1(uint, int32, uint64)}}{uint(v59), v406, int8(v409), v410, *(*interface{M0() (unsafe.Pointer, uint8); M1(uint, int32, uint64)})(unsafe.Pointer(&[2]unsafe.Pointer{v411, v412}))}, v5, int32(v413)
}

//go:noinline
func m0_m0(p0 *[2]int64, p1 chan<- (<-chan int), p2 []uint, p3 uint16, p4 float32, p5 [0]interface{}, p6 complex128, p7 interface{M0(); M1(rune); M2()}, p8 *uint32, p9 interface{}, p10 string, p11 unsafe.Pointer, p12 [2]*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16}, p13 map[[3]uint16][]float32, p14 struct{F0 complex128}) (complex64, struct{F0 [2]uint64; F1 float64}, complex128, [1][2]string, interface{M0(); M1(); M2() (func(complex128, uint64), chan<- (<-chan int))}) {
	var v0, v1, v6, v7, v14, v15, v16, v17, v22, v23, v24, v26, v27, v28, v29, v30, v31, v51, v93, v95, v96, v97, v98, v102, v331, v333, v334, q12_0, q12_1 unsafe.Pointer
	var v2, v18, v34, v35, v36, v50, v56, v78, v99, v100 uint8
	var v3, v4, v5, v8, v9, v25, v39, v40, v41, v66, v67, v69, v70, v71, v72, v73, v74, v75, v76, v77, v82, v83, v84, v85, v86, v87, v88, v94, v101, v103, v104, v105, v106, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v124, v125, v127, v128, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v144, v145, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v159, v160, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v314, v315, v316, v317, v318, v319, v320, v321, v322, v323, v324, v326, v327, v332 uint64
	var v10, v42, v43, v44, v54, v55, v68, v80, v81 uint16
	var v11, v57, v328, v329 float32
	var v12, v13, v32, v33, v37, v38, v49, v107, v122, v123, v126, v129, v143, v146, v158, v161, v191, v212, v213, v325, v330 float64
	var v19, v20, v21, v45, v46, v47, v48, v52, v53, v58, v59, v60, v61, v62, v63, v64, v65, v79, v89, v90, v91, v92 uint32
	var s0 struct{ _ [0]uint64; b [16]byte }
	var s1 struct{ _ [0]uint64; b [8192]byte }
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v314, v315, v316, v317, v318, v319, v320, v321, v322, v323, v324, v325, v326, v327, v328, v329, v330, v331, v332, v333, v334, s0, s1, q12_0, q12_1
	q12_0 = unsafe.Pointer(p12[0])
	q12_1 = unsafe.Pointer(p12[1])
	v0 = unsafe.Pointer(p0)
	v1 = nil
	v2 = jr_b2u(v0 == v1)
	v3 = uint64(v2)
	if v2 != 0 {
		v5 = v3
		goto b2
	}
	goto b1
b1:
	v4 = *(*uint64)(v0)
	v5 = v4
	goto b2
b2:
	v6 = *(*unsafe.Pointer)(unsafe.Pointer(&p1))
	v7 = unsafe.Pointer((*[0]uint)(p2))
	v8 = uint64(len(p2))
	v9 = uint64(cap(p2))
	v10 = uint16(p3)
	v11 = p4
	v12 = real(p6)
	v13 = imag(p6)
	v14 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p7))[0]
	v15 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p7))[1]
	v16 = unsafe.Pointer(p8)
	v17 = nil
	v18 = jr_b2u(v16 == v17)
	v19 = 0xfffffe70
	if v18 != 0 {
		v21 = v19
		goto b4
	}
	goto b3
b3:
	v20 = *(*uint32)(v16)
	v21 = v20
	goto b4
b4:
	v22 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p9))[0]
	v23 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p9))[1]
	v24 = *(*unsafe.Pointer)(unsafe.Pointer(&p10))
	v25 = uint64(len(p10))
	v26 = p11
	v27 = q12_0
	v28 = q12_1
	v29 = unsafe.Pointer(&p12)
	v30 = *(*unsafe.Pointer)(v29)
	v31 = *(*unsafe.Pointer)(unsafe.Pointer(&p13))
	v32 = real(p14.F0)
	v33 = imag(p14.F0)
	v34 = 0x7
	v35 = 0x9b
	v36 = jr_b2u(v34 > v35)
	v37 = 63.75
	v38 = v32 * v37
	v39 = 0x1
	v40 = v3 | v39
	v41 = v9 / v40
	v42 = 0x46
	v43 = 0x1cb
	v44 = v42 << v43
	v45 = uint32(v38)
	v46 = 0x1
	v47 = v45 | v46
	v48 = v21 / v47
	v49 = -63.0
	v50 = jr_b2u(v12 >= v49)
	v51 = unsafe.Pointer(&s0)
	v52 = uint32(int32(v49))
	*(*uint32)(unsafe.Add(v51, 8)) = v52
	v53 = *(*uint32)(unsafe.Add(v51, 8))
	v54 = 0xb4
	v55 = 0xff0a
	v56 = jr_b2u(int16(v54) >= int16(v55))
	v57 = 32.25
	v58 = uint32(v57)
	v59 = 0x7f
	v60 = v59 * v47
	v61 = 0xfffffe41
	v62 = 0xfffffe0c
	v63 = 0x1
	v64 = v62 | v63
	v65 = v61 / v64
	v66 = uint64(int32(v53))
	v67 = v9 + v66
	v68 = ^v10
	v69 = uint64(int32(v63))
	v70 = 0xfffffffffffffe97
	v71 = v69 | v70
	v72 = uint64(int32(v53))
	v73 = uint64(int8(v34))
	v74 = 0x1
	v75 = v73 | v74
	v76 = uint64(int64(v72) % int64(v75))
	v77 = 0xffffffffffffffc6
	v78 = jr_b2u(v77 >= v73)
	v79 = v60 &^ v60
	v80 = uint16(v66)
	v81 = ^v80
	v82 = uint64(v35)
	v83 = 0xffffffffffffff1a
	v84 = v82 &^ v83
	v85 = uint64(v58)
	v86 = 0x1
	v87 = v71 | v86
	v88 = v85 / v87
	v89 = uint32(v12)
	v90 = 0x1
	v91 = v89 | v90
	v92 = v53 / v91
	v93 = unsafe.Pointer(&s1)
	*(*uint64)(v93) = v41
	v94 = 0xffffffffffffffca
	*(*uint64)(unsafe.Add(v93, 8184)) = v94
	v95 = unsafe.Pointer(new(string))
	jr_reg(v95, 16)
	v96 = nil
	*(*unsafe.Pointer)(v95) = v96
	*(*uint64)(unsafe.Add(v95, 8)) = v9
	v97 = *(*unsafe.Pointer)(v95)
	v98 = nil
	v99 = jr_b2u(v97 == v98)
	v100 = jr_b2u(v97 == v95)
	v101 = *(*uint64)(unsafe.Add(v95, 8))
	v102 = unsafe.Pointer(&s1)
	v103 = *(*uint64)(v102)
	v104 = *(*uint64)(unsafe.Add(v102, 8184))
	v105 = 0x1f
	v106 = 0x5bd1e995
	v107 = 0.0
	v108 = uint64(v2)
	v109 = v106 * v105
	v110 = v109 + v108
	v111 = v110 * v105
	v112 = v111 + v3
	v113 = v112 * v105
	v114 = v113 + v5
	v115 = v114 * v105
	v116 = v115 + v8
	v117 = v116 * v105
	v118 = v117 + v9
	v119 = uint64(v10)
	v120 = v118 * v105
	v121 = v120 + v119
	v122 = float64(v11)
	v123 = v107 + v122
	v124 = uint64(int64(v122))
	v125 = v121 ^ v124
	v126 = v123 + v12
	v127 = uint64(int64(v12))
	v128 = v125 ^ v127
	v129 = v126 + v13
	v130 = uint64(int64(v13))
	v131 = v128 ^ v130
	v132 = uint64(v18)
	v133 = v131 * v105
	v134 = v133 + v132
	v135 = uint64(v19)
	v136 = v134 * v105
	v137 = v136 + v135
	v138 = uint64(v21)
	v139 = v137 * v105
	v140 = v139 + v138
	v141 = v140 * v105
	v142 = v141 + v25
	v143 = v129 + v32
	v144 = uint64(int64(v32))
	v145 = v142 ^ v144
	v146 = v143 + v33
	v147 = uint64(int64(v33))
	v148 = v145 ^ v147
	v149 = uint64(v34)
	v150 = v148 * v105
	v151 = v150 + v149
	v152 = uint64(v35)
	v153 = v151 * v105
	v154 = v153 + v152
	v155 = uint64(v36)
	v156 = v154 * v105
	v157 = v156 + v155
	v158 = v146 + v37
	v159 = uint64(int64(v37))
	v160 = v157 ^ v159
	v161 = v158 + v38
	v162 = uint64(int64(v38))
	v163 = v160 ^ v162
	v164 = v163 * v105
	v165 = v164 + v39
	v166 = v165 * v105
	v167 = v166 + v40
	v168 = v167 * v105
	v169 = v168 + v41
	v170 = uint64(v42)
	v171 = v169 * v105
	v172 = v171 + v170
	v173 = uint64(v43)
	v174 = v172 * v105
	v175 = v174 + v173
	v176 = uint64(v44)
	v177 = v175 * v105
	v178 = v177 + v176
	v179 = uint64(v45)
	v180 = v178 * v105
	v181 = v180 + v179
	v182 = uint64(v46)
	v183 = v181 * v105
	v184 = v183 + v182
	v185 = uint64(v47)
	v186 = v184 * v105
	v187 = v186 + v185
	v188 = uint64(v48)
	v189 = v187 * v105
	v190 = v189 + v188
	v191 = v161 + v49
	v192 = uint64(int64(v49))
	v193 = v190 ^ v192
	v194 = uint64(v50)
	v195 = v193 * v105
	v196 = v195 + v194
	v197 = uint64(v52)
	v198 = v196 * v105
	v199 = v198 + v197
	v200 = uint64(v53)
	v201 = v199 * v105
	v202 = v201 + v200
	v203 = uint64(v54)
	v204 = v202 * v105
	v205 = v204 + v203
	v206 = uint64(v55)
	v207 = v205 * v105
	v208 = v207 + v206
	v209 = uint64(v56)
	v210 = v208 * v105
	v211 = v210 + v209
	v212 = float64(v57)
	v213 = v191 + v212
	v214 = uint64(int64(v212))
	v215 = v211 ^ v214
	v216 = uint64(v58)
	v217 = v215 * v105
	v218 = v217 + v216
	v219 = uint64(v59)
	v220 = v218 * v105
	v221 = v220 + v219
	v222 = uint64(v60)
	v223 = v221 * v105
	v224 = v223 + v222
	v225 = uint64(v61)
	v226 = v224 * v105
	v227 = v226 + v225
	v228 = uint64(v62)
	v229 = v227 * v105
	v230 = v229 + v228
	v231 = uint64(v63)
	v232 = v230 * v105
	v233 = v232 + v231
	v234 = uint64(v64)
	v235 = v233 * v105
	v236 = v235 + v234
	v237 = uint64(v65)
	v238 = v236 * v105
	v239 = v238 + v237
	v240 = v239 * v105
	v241 = v240 + v66
	v242 = v241 * v105
	v243 = v242 + v67
	v244 = uint64(v68)
	v245 = v243 * v105
	v246 = v245 + v244
	v247 = v246 * v105
	v248 = v247 + v69
	v249 = v248 * v105
	v250 = v249 + v70
	v251 = v250 * v105
	v252 = v251 + v71
	v253 = v252 * v105
	v254 = v253 + v72
	v255 = v254 * v105
	v256 = v255 + v73
	v257 = v256 * v105
	v258 = v257 + v74
	v259 = v258 * v105
	v260 = v259 + v75
	v261 = v260 * v105
	v262 = v261 + v76
	v263 = v262 * v105
	v264 = v263 + v77
	v265 = uint64(v78)
	v266 = v264 * v105
	v267 = v266 + v265
	v268 = uint64(v79)
	v269 = v267 * v105
	v270 = v269 + v268
	v271 = uint64(v80)
	v272 = v270 * v105
	v273 = v272 + v271
	v274 = uint64(v81)
	v275 = v273 * v105
	v276 = v275 + v274
	v277 = v276 * v105
	v278 = v277 + v82
	v279 = v278 * v105
	v280 = v279 + v83
	v281 = v280 * v105
	v282 = v281 + v84
	v283 = v282 * v105
	v284 = v283 + v85
	v285 = v284 * v105
	v286 = v285 + v86
	v287 = v286 * v105
	v288 = v287 + v87
	v289 = v288 * v105
	v290 = v289 + v88
	v291 = uint64(v89)
	v292 = v290 * v105
	v293 = v292 + v291
	v294 = uint64(v90)
	v295 = v293 * v105
	v296 = v295 + v294
	v297 = uint64(v91)
	v298 = v296 * v105
	v299 = v298 + v297
	v300 = uint64(v92)
	v301 = v299 * v105
	v302 = v301 + v300
	v303 = v302 * v105
	v304 = v303 + v94
	v305 = uint64(v99)
	v306 = v304 * v105
	v307 = v306 + v305
	v308 = uint64(v100)
	v309 = v307 * v105
	v310 = v309 + v308
	v311 = v310 * v105
	v312 = v311 + v101
	v313 = v312 * v105
	v314 = v313 + v103
	v315 = v314 * v105
	v316 = v315 + v103
	v317 = v316 * v105
	v318 = v317 + v104
	v319 = v318 * v105
	v320 = v319 + v104
	v321 = v320 * v105
	v322 = v321 + v105
	v323 = v322 * v105
	v324 = v323 + v106
	v325 = v213 + v107
	v326 = uint64(int64(v107))
	v327 = v324 ^ v326
	v328 = 34.5
	v329 = float32(v325)
	v330 = 48.0
	v331 = nil
	v332 = 0x0
	v333 = nil
	v334 = nil
	return complex(v328, v329), struct{F0 [2]uint64; F1 float64}{[2]uint64{uint64(v327), uint64(v327)}, v325}, complex(v330, v325), [1][2]string{[2]string{*(*string)(unsafe.Pointer(&jr_strh{v24, int(v25)})), *(*string)(unsafe.Pointer(&jr_strh{v331, int(v332)}))}}, *(*interface{M0(); M1(); M2() (func(complex128, uint64), chan<- (<-chan int))})(unsafe.Pointer(&[2]unsafe.Pointer{v333, v334}))
}

type m0ctx_c1 struct{L0 unsafe.Pointer; }

//go:noinline
func m0mk_c1(c m0ctx_c1) func(uint32, complex128, complex128, uint8, uint64, float64, int, uintptr, rune, float64, bool, int32, uint8, float64, uint8, float64, int8, complex128, uint64, float64, complex128) (float64, int32, string, float32, float64, *float32, int16, float64, float64, float64, float64, float64, uint, complex128, complex128, uint8, float64, uintptr, string, float64, float64, float64, int32, float32, uint32) {
	return func(p0 uint32, p1 complex128, p2 complex128, p3 uint8, p4 uint64, p5 float64, p6 int, p7 uintptr, p8 rune, p9 float64, p10 bool, p11 int32, p12 uint8, p13 float64, p14 uint8, p15 float64, p16 int8, p17 complex128, p18 uint64, p19 float64, p20 complex128) (float64, int32, string, float32, float64, *float32, int16, float64, float64, float64, float64, float64, uint, complex128, complex128, uint8, float64, uintptr, string, float64, float64, float64, int32, float32, uint32) {
	var v1, v9, v16, v19, v26, v29, v32, v41, v46, v48, v51, v180, v183, v189 unsafe.Pointer
	var v2, v3, v13, v15, v17, v18, v20, v21, v40, v42, v47, v49, v50, v52, v53, v54, v55, v57, v58, v59, v60, v61, v62, v63, v65, v66, v68, v69, v71, v72, v74, v75, v77, v78, v80, v81, v82, v83, v84, v85, v86, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v122, v123, v125, v126, v128, v129, v130, v131, v132, v134, v135, v136, v137, v138, v140, v141, v143, v144, v145, v146, v147, v148, v150, v151, v153, v154, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v177, v178, v181, v190, q6_0, q7_0, q18_0 uint64
	var v4, v22, v25, v27, v179, v192, v194, q11_0 uint32
	var v5, v6, v7, v8, v10, v11, v14, v23, v31, v33, v34, v36, v38, v39, v43, v44, v45, v56, v64, v67, v70, v73, v76, v79, v87, v103, v121, v124, v127, v133, v139, v142, v149, v152, v155, v176, v185, v186, v187, v191, q2_0, q2_1, q13_0 float64
	var v12, v24, v28, v30, v35, v37, v188, q12_0 uint8
	var v182, v193 float32
	var v184 uint16
	var s0 struct{ _ [0]uint64; b [3072]byte }
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, s0, q2_0, q2_1, q6_0, q7_0, q11_0, q12_0, q13_0, q18_0
	q2_0 = real(p2)
	q2_1 = imag(p2)
	q6_0 = uint64(p6)
	q7_0 = uint64(p7)
	q11_0 = uint32(p11)
	q12_0 = uint8(p12)
	q13_0 = p13
	q18_0 = uint64(p18)
	v1 = c.L0
	v2 = *(*uint64)(v1)
	v3 = *(*uint64)(unsafe.Add(v1, 8))
	v4 = uint32(p0)
	v5 = real(p1)
	v6 = imag(p1)
	v7 = q2_0
	v8 = q2_1
	v9 = unsafe.Pointer(&p2)
	v10 = 53.25
	*(*float64)(unsafe.Add(v9, 8)) = v10
	v11 = *(*float64)(unsafe.Add(v9, 8))
	v12 = uint8(p3)
	v13 = uint64(p4)
	v14 = p5
	v15 = q6_0
	v16 = unsafe.Pointer(&p6)
	*(*uint64)(v16) = v3
	v17 = *(*uint64)(v16)
	v18 = q7_0
	v19 = unsafe.Pointer(&p7)
	v20 = 0x18a
	*(*uint64)(v19) = v20
	v21 = *(*uint64)(v19)
	v22 = uint32(p8)
	v23 = p9
	v24 = jr_bbits(p10)
	v25 = q11_0
	v26 = unsafe.Pointer(&p11)
	*(*uint32)(v26) = v4
	v27 = *(*uint32)(v26)
	v28 = q12_0
	v29 = unsafe.Pointer(&p12)
	*(*uint8)(v29) = v28
	v30 = *(*uint8)(v29)
	v31 = q13_0
	v32 = unsafe.Pointer(&p13)
	v33 = float64(int8(v28))
	*(*float64)(v32) = v33
	v34 = *(*float64)(v32)
	v35 = uint8(p14)
	v36 = p15
	v37 = uint8(p16)
	v38 = real(p17)
	v39 = imag(p17)
	v40 = q18_0
	v41 = unsafe.Pointer(&p18)
	*(*uint64)(v41) = v3
	v42 = *(*uint64)(v41)
	v43 = p19
	v44 = real(p20)
	v45 = imag(p20)
	v46 = unsafe.Pointer(&s0)
	v47 = uint64(v33)
	*(*uint64)(v46) = v47
	*(*uint64)(unsafe.Add(v46, 3064)) = v3
	v48 = c.L0
	v49 = *(*uint64)(v48)
	v50 = *(*uint64)(unsafe.Add(v48, 8))
	v51 = unsafe.Pointer(&s0)
	v52 = *(*uint64)(v51)
	v53 = *(*uint64)(unsafe.Add(v51, 3064))
	v54 = 0x1f
	v55 = 0x5bd1e995
	v56 = 0.0
	v57 = v55 * v54
	v58 = v57 + v2
	v59 = v58 * v54
	v60 = v59 + v3
	v61 = uint64(v4)
	v62 = v60 * v54
	v63 = v62 + v61
	v64 = v56 + v5
	v65 = uint64(int64(v5))
	v66 = v63 ^ v65
	v67 = v64 + v6
	v68 = uint64(int64(v6))
	v69 = v66 ^ v68
	v70 = v67 + v7
	v71 = uint64(int64(v7))
	v72 = v69 ^ v71
	v73 = v70 + v8
	v74 = uint64(int64(v8))
	v75 = v72 ^ v74
	v76 = v73 + v10
	v77 = uint64(int64(v10))
	v78 = v75 ^ v77
	v79 = v76 + v11
	v80 = uint64(int64(v11))
	v81 = v78 ^ v80
	v82 = uint64(v12)
	v83 = v81 * v54
	v84 = v83 + v82
	v85 = v84 * v54
	v86 = v85 + v13
	v87 = v79 + v14
	v88 = uint64(int64(v14))
	v89 = v86 ^ v88
	v90 = v89 * v54
	v91 = v90 + v15
	v92 = v91 * v54
	v93 = v92 + v17
	v94 = v93 * v54
	v95 = v94 + v18
	v96 = v95 * v54
	v97 = v96 + v20
	v98 = v97 * v54
	v99 = v98 + v21
	v100 = uint64(v22)
	v101 = v99 * v54
	v102 = v101 + v100
	v103 = v87 + v23
	v104 = uint64(int64(v23))
	v105 = v102 ^ v104
	v106 = uint64(v24)
	v107 = v105 * v54
	v108 = v107 + v106
	v109 = uint64(v25)
	v110 = v108 * v54
	v111 = v110 + v109
	v112 = uint64(v27)
	v113 = v111 * v54
	v114 = v113 + v112
	v115 = uint64(v28)
	v116 = v114 * v54
	v117 = v116 + v115
	v118 = uint64(v30)
	v119 = v117 * v54
	v120 = v119 + v118
	v121 = v103 + v31
	v122 = uint64(int64(v31))
	v123 = v120 ^ v122
	v124 = v121 + v33
	v125 = uint64(int64(v33))
	v126 = v123 ^ v125
	v127 = v124 + v34
	v128 = uint64(int64(v34))
	v129 = v126 ^ v128
	v130 = uint64(v35)
	v131 = v129 * v54
	v132 = v131 + v130
	v133 = v127 + v36
	v134 = uint64(int64(v36))
	v135 = v132 ^ v134
	v136 = uint64(v37)
	v137 = v135 * v54
	v138 = v137 + v136
	v139 = v133 + v38
	v140 = uint64(int64(v38))
	v141 = v138 ^ v140
	v142 = v139 + v39
	v143 = uint64(int64(v39))
	v144 = v141 ^ v143
	v145 = v144 * v54
	v146 = v145 + v40
	v147 = v146 * v54
	v148 = v147 + v42
	v149 = v142 + v43
	v150 = uint64(int64(v43))
	v151 = v148 ^ v150
	v152 = v149 + v44
	v153 = uint64(int64(v44))
	v154 = v151 ^ v153
	v155 = v152 + v45
	v156 = uint64(int64(v45))
	v157 = v154 ^ v156
	v158 = v157 * v54
	v159 = v158 + v47
	v160 = v159 * v54
	v161 = v160 + v49
	v162 = v161 * v54
	v163 = v162 + v50
	v164 = v163 * v54
	v165 = v164 + v52
	v166 = v165 * v54
	v167 = v166 + v52
	v168 = v167 * v54
	v169 = v168 + v53
	v170 = v169 * v54
	v171 = v170 + v53
	v172 = v171 * v54
	v173 = v172 + v54
	v174 = v173 * v54
	v175 = v174 + v55
	v176 = v155 + v56
	v177 = uint64(int64(v56))
	v178 = v175 ^ v177
	v179 = uint32(v178)
	v180 = nil
	v181 = 0x0
	v182 = float32(v176)
	v183 = nil
	v184 = uint16(v178)
	v185 = float64(v42)
	v186 = 49.5
	v187 = float64(v28)
	v188 = uint8(v178)
	v189 = nil
	v190 = 0x0
	v191 = float64(v17)
	v192 = uint32(v178)
	v193 = float32(v176)
	v194 = uint32(v178)
	return v8, int32(v179), *(*string)(unsafe.Pointer(&jr_strh{v180, int(v181)})), v182, v176, (*float32)(v183), int16(v184), v176, v176, v38, v176, v185, uint(v178), complex(v176, v186), complex(v176, v187), uint8(v188), v176, uintptr(v178), *(*string)(unsafe.Pointer(&jr_strh{v189, int(v190)})), v191, v7, v176, int32(v192), v193, uint32(v194)
}
}

//go:noinline
func m0_x0(p0 float64, p1 complex128, p2 float64, p3 float64, p4 string, p5 float32) (float64, string, float32, float64) {
	h := jr_ext_name("x0")
	h = jr_ext_absorb(h, jr_ext_f64(p0))
	h = jr_ext_absorb(h, jr_ext_f64(real(p1)))
	h = jr_ext_absorb(h, jr_ext_f64(imag(p1)))
	h = jr_ext_absorb(h, jr_ext_f64(p2))
	h = jr_ext_absorb(h, jr_ext_f64(p3))
	a5 := *(*unsafe.Pointer)(unsafe.Pointer(&p4))
	h = jr_ext_absorb(h, jr_ext_ptr(a5))
	h = jr_ext_absorb(h, uint64(uint64(len(p4))))
	h = jr_ext_absorb(h, jr_ext_f32(p5))
	ptrs := []unsafe.Pointer{a5}
	_, _ = h, ptrs
	r0 := jr_ext_rf64(h, 0)
	r1 := jr_ext_rptr(h, 1, ptrs)
	r2 := uint64(jr_ext_r(h, 2))
	r3 := jr_ext_rf32(h, 3)
	r4 := jr_ext_rf64(h, 4)
	return r0, *(*string)(unsafe.Pointer(&jr_strh{r1, int(r2)})), r3, r4
}

var m0_funcvals [3]unsafe.Pointer
var m0_itabs = []unsafe.Pointer{}

func init() {
	{
		f := m0_f0
		m0_funcvals[0] = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
	{
		f := m0_m0
		m0_funcvals[1] = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
}

func m0run_0() {
	jr_begin(0, 0, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o0, 16)
	o1 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o1, 8)
	o2 := unsafe.Pointer(new(struct{W0 uint64; P8 unsafe.Pointer; }))
	jr_reg(o2, 16)
	o3 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o3, 16)
	o4 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o4, 48)
	o5 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o5, 48)
	o6 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; P8 unsafe.Pointer; W16 uint64; W24 uint64; W32 uint64; W40 uint64; }))
	jr_reg(o6, 48)
	o7 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o7, 8)
	o8 := unsafe.Pointer(new(struct{W0 uint64; P8 unsafe.Pointer; }))
	jr_reg(o8, 16)
	o9 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; }))
	jr_reg(o9, 4)
	o10 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o10, 48)
	o11 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; B4 byte; B5 byte; B6 byte; B7 byte; }))
	jr_reg(o11, 8)
	o12 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; }))
	jr_reg(o12, 4)
	o13 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o13, 16)
	o14 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; }))
	jr_reg(o14, 8)
	o15 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o15, 32)
	o16 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o16, 32)
	o17 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o17, 8)
	o18 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; }))
	jr_reg(o18, 8)
	jr_fill(o0, "\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xd4\x18\x21\x58")
	jr_fill(o1, "\xff\xff\xff\xff\xff\xff\xff\xff")
	jr_fill(o2, "\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o2, 8)) = unsafe.Add(o1, 0)
	jr_fill(o3, "\xff\xff\xff\xff\x38\xab\x04\x6e\xff\xff\xff\xff\x34\x8d\x10\xbc")
	jr_fill(o4, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x05\x28\x69\xaf\x00\x08\x08\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o5, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x54\x0e\x9e\xd0\x00\x08\x08\x19\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o6, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x54\x0e\x9e\xd0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o6, 0)) = unsafe.Add(o4, 0)
	*(*unsafe.Pointer)(unsafe.Add(o6, 8)) = unsafe.Add(o5, 0)
	jr_fill(o8, "\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o8, 8)) = unsafe.Add(o7, 0)
	jr_fill(o10, "\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x31\x89\xb1\x9d\x00\x04\x04\x11\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o11, "\xff\xff\xff\x7f\xff\xff\xff\xff")
	jr_fill(o12, "\x0a\x63\x0a\x62")
	jr_fill(o13, "\xff\xff\xff\xff\xfd\x0e\x7e\x75\xff\xff\xff\xff\xfa\x23\xba\xc3")
	*(*unsafe.Pointer)(unsafe.Add(o14, 0)) = unsafe.Add(o13, 0)
	jr_fill(o15, "\x83\xb6\x3a\xd2\x97\x12\xb0\x81\x00\x00\x00\x00\x00\x30\x48\xc0\x00\x00\x00\x00\x00\x88\x5d\xc0\x88\x92\x1b\x7e\x8c\x00\xa5\x6c")
	jr_fill(o16, "\x00\x00\x00\x00\x00\x40\x3a\x40\x00\x00\x00\x00\x00\xb0\x59\x40\x9c\x75\x00\x88\x3c\xe4\x37\x7e\xff\xff\xff\x7f\x6b\x00\xb3\xc9")
	jr_fill(o17, "\xff\xff\xff\xff\xff\xff\xff\xff")
	*(*unsafe.Pointer)(unsafe.Add(o18, 0)) = unsafe.Add(o17, 0)
	var a0 unsafe.Pointer = unsafe.Add(o0, 0)
	var a1 unsafe.Pointer = unsafe.Add(o2, 0)
	var a2 unsafe.Pointer = unsafe.Add(o3, 0)
	var a3 uint64 = uint64(0x2)
	var a4 uint64 = uint64(0x2)
	var a5 uint16 = uint16(0x4d78)
	var a6 float32 = jr_f32(0x425c0000)
	var a7 float64 = jr_f64(0x4017000000000000)
	var a8 float64 = jr_f64(0x404af00000000000)
	var a9 unsafe.Pointer = unsafe.Add(o6, 0)
	var a10 unsafe.Pointer = unsafe.Add(o8, 0)
	var a11 unsafe.Pointer = unsafe.Add(o9, 0)
	var a12 unsafe.Pointer = unsafe.Add(o10, 0)
	var a13 unsafe.Pointer = unsafe.Add(o11, 0)
	var a14 unsafe.Pointer = unsafe.Add(o12, 0)
	var a15 uint64 = uint64(0x4)
	var a16 unsafe.Pointer = unsafe.Add(o14, 0)
	var a17 unsafe.Pointer = unsafe.Add(o15, 0)
	var a18 unsafe.Pointer = unsafe.Add(o16, 0)
	var a19 unsafe.Pointer = unsafe.Add(o18, 0)
	var a20 float64 = jr_f64(0x7ff0000000000000)
	var a21 float64 = jr_f64(0xc057880000000000)
	r0, r1, r2, r3, r4 := m0_m0((*[2]int64)(a0), *(*chan<- (<-chan int))(unsafe.Pointer(&[1]unsafe.Pointer{a1})), *(*[]uint)(unsafe.Pointer(&jr_sliceh{a2, int(a3), int(a4)})), uint16(a5), a6, [0]interface{}{}, complex(a7, a8), *(*interface{M0(); M1(rune); M2()})(unsafe.Pointer(&[2]unsafe.Pointer{a9, a10})), (*uint32)(a11), *(*interface{})(unsafe.Pointer(&[2]unsafe.Pointer{a12, a13})), *(*string)(unsafe.Pointer(&jr_strh{a14, int(a15)})), a16, [2]*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16}{(*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16})(a17), (*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16})(a18)}, *(*map[[3]uint16][]float32)(unsafe.Pointer(&[1]unsafe.Pointer{a19})), struct{F0 complex128}{complex(a20, a21)})
	_, _, _, _, _ = r0, r1, r2, r3, r4
	jr_put_f32(real(r0))
	jr_put_f32(imag(r0))
	jr_put_int("i64", uint64(uint64(r1.F0[0])))
	jr_put_int("i64", uint64(uint64(r1.F0[1])))
	jr_put_f64(r1.F1)
	jr_put_f64(real(r2))
	jr_put_f64(imag(r2))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3[0][0])))
	jr_put_int("i64", uint64(uint64(len(r3[0][0]))))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3[0][1])))
	jr_put_int("i64", uint64(uint64(len(r3[0][1]))))
	jr_put_ptr((*[2]unsafe.Pointer)(unsafe.Pointer(&r4))[0])
	jr_put_ptr((*[2]unsafe.Pointer)(unsafe.Pointer(&r4))[1])
	jr_put_obj(0, o0, 16, []uintptr{})
	jr_put_obj(1, o1, 8, []uintptr{})
	jr_put_obj(2, o2, 16, []uintptr{8})
	jr_put_obj(3, o3, 16, []uintptr{})
	jr_put_obj(4, o4, 48, []uintptr{24, 32})
	jr_put_obj(5, o5, 48, []uintptr{24, 32})
	jr_put_obj(6, o6, 48, []uintptr{0, 8})
	jr_put_obj(7, o7, 8, []uintptr{})
	jr_put_obj(8, o8, 16, []uintptr{8})
	jr_put_obj(9, o9, 4, []uintptr{})
	jr_put_obj(10, o10, 48, []uintptr{24, 32})
	jr_put_obj(11, o11, 8, []uintptr{})
	jr_put_obj(12, o12, 4, []uintptr{})
	jr_put_obj(13, o13, 16, []uintptr{})
	jr_put_obj(14, o14, 8, []uintptr{0})
	jr_put_obj(15, o15, 32, []uintptr{})
	jr_put_obj(16, o16, 32, []uintptr{})
	jr_put_obj(17, o17, 8, []uintptr{})
	jr_put_obj(18, o18, 8, []uintptr{0})
}

func m0run_1() {
	jr_begin(0, 1, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o0, 16)
	o1 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o1, 16)
	o2 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o2, 48)
	o3 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o3, 48)
	o4 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; P8 unsafe.Pointer; W16 uint64; W24 uint64; W32 uint64; W40 uint64; }))
	jr_reg(o4, 48)
	o5 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o5, 8)
	o6 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; }))
	jr_reg(o6, 4)
	o7 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o7, 48)
	o8 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; B4 byte; B5 byte; B6 byte; B7 byte; }))
	jr_reg(o8, 8)
	o9 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; B4 byte; }))
	jr_reg(o9, 5)
	o10 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o10, 32)
	o11 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o11, 32)
	o12 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; B4 byte; B5 byte; B6 byte; B7 byte; }))
	jr_reg(o12, 8)
	jr_fill(o0, "\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xf8\x40\xd3\x61")
	jr_fill(o1, "\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xba\xcd\x18\xe0")
	jr_fill(o2, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x05\x28\x69\xaf\x00\x08\x08\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o3, "\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x47\x0e\x98\x7c\x00\x08\x08\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o4, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x47\x0e\x98\x7c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o4, 0)) = unsafe.Add(o2, 0)
	*(*unsafe.Pointer)(unsafe.Add(o4, 8)) = unsafe.Add(o3, 0)
	jr_fill(o5, "\x00\x00\x00\x00\x00\x00\x0e\xc0")
	jr_fill(o6, "\x32\xfc\x41\x10")
	jr_fill(o7, "\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x31\x89\xb1\x9d\x00\x04\x04\x11\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o8, "\x46\x9a\xe2\x54\x00\x00\x00\x80")
	jr_fill(o9, "\x62\xff\x79\x63\x62")
	jr_fill(o10, "\x00\x00\x00\x00\x00\xf8\x56\xc0\x00\x00\x00\x00\x00\x00\xe4\xbf\x00\x00\x00\x00\x00\x88\x56\xc0\x1a\x49\xc0\x2c\xd2\x00\x80\x05")
	jr_fill(o11, "\x00\x00\x00\x00\x00\x98\x53\x40\x00\x00\x00\x00\x00\x00\x1a\x40\x00\x00\x00\x00\x00\x80\x39\x40\x00\x00\x00\x80\x56\x00\xff\xff")
	jr_fill(o12, "\xff\xff\xff\xff\xff\xff\xff\x7f")
	var a0 unsafe.Pointer = unsafe.Add(o0, 0)
	var a1 unsafe.Pointer = nil
	var a2 unsafe.Pointer = unsafe.Add(o1, 0)
	var a3 uint64 = uint64(0x2)
	var a4 uint64 = uint64(0x2)
	var a5 uint16 = uint16(0x8d55)
	var a6 float32 = jr_f32(0x42140000)
	var a7 float64 = jr_f64(0x4026000000000000)
	var a8 float64 = jr_f64(0xc04ca00000000000)
	var a9 unsafe.Pointer = unsafe.Add(o4, 0)
	var a10 unsafe.Pointer = unsafe.Add(o5, 0)
	var a11 unsafe.Pointer = unsafe.Add(o6, 0)
	var a12 unsafe.Pointer = unsafe.Add(o7, 0)
	var a13 unsafe.Pointer = unsafe.Add(o8, 0)
	var a14 unsafe.Pointer = unsafe.Add(o9, 0)
	var a15 uint64 = uint64(0x5)
	var a16 unsafe.Pointer = nil
	var a17 unsafe.Pointer = unsafe.Add(o10, 0)
	var a18 unsafe.Pointer = unsafe.Add(o11, 0)
	var a19 unsafe.Pointer = unsafe.Add(o12, 0)
	var a20 float64 = jr_f64(0x4056f00000000000)
	var a21 float64 = jr_f64(0x7ff0000000000000)
	r0, r1, r2, r3, r4 := m0_m0((*[2]int64)(a0), *(*chan<- (<-chan int))(unsafe.Pointer(&[1]unsafe.Pointer{a1})), *(*[]uint)(unsafe.Pointer(&jr_sliceh{a2, int(a3), int(a4)})), uint16(a5), a6, [0]interface{}{}, complex(a7, a8), *(*interface{M0(); M1(rune); M2()})(unsafe.Pointer(&[2]unsafe.Pointer{a9, a10})), (*uint32)(a11), *(*interface{})(unsafe.Pointer(&[2]unsafe.Pointer{a12, a13})), *(*string)(unsafe.Pointer(&jr_strh{a14, int(a15)})), a16, [2]*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16}{(*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16})(a17), (*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16})(a18)}, *(*map[[3]uint16][]float32)(unsafe.Pointer(&[1]unsafe.Pointer{a19})), struct{F0 complex128}{complex(a20, a21)})
	_, _, _, _, _ = r0, r1, r2, r3, r4
	jr_put_f32(real(r0))
	jr_put_f32(imag(r0))
	jr_put_int("i64", uint64(uint64(r1.F0[0])))
	jr_put_int("i64", uint64(uint64(r1.F0[1])))
	jr_put_f64(r1.F1)
	jr_put_f64(real(r2))
	jr_put_f64(imag(r2))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3[0][0])))
	jr_put_int("i64", uint64(uint64(len(r3[0][0]))))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3[0][1])))
	jr_put_int("i64", uint64(uint64(len(r3[0][1]))))
	jr_put_ptr((*[2]unsafe.Pointer)(unsafe.Pointer(&r4))[0])
	jr_put_ptr((*[2]unsafe.Pointer)(unsafe.Pointer(&r4))[1])
	jr_put_obj(0, o0, 16, []uintptr{})
	jr_put_obj(1, o1, 16, []uintptr{})
	jr_put_obj(2, o2, 48, []uintptr{24, 32})
	jr_put_obj(3, o3, 48, []uintptr{24, 32})
	jr_put_obj(4, o4, 48, []uintptr{0, 8})
	jr_put_obj(5, o5, 8, []uintptr{})
	jr_put_obj(6, o6, 4, []uintptr{})
	jr_put_obj(7, o7, 48, []uintptr{24, 32})
	jr_put_obj(8, o8, 8, []uintptr{})
	jr_put_obj(9, o9, 5, []uintptr{})
	jr_put_obj(10, o10, 32, []uintptr{})
	jr_put_obj(11, o11, 32, []uintptr{})
	jr_put_obj(12, o12, 8, []uintptr{})
}

func m0run_2() {
	jr_begin(0, 2, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o0, 16)
	o1 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o1, 8)
	o2 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; }))
	jr_reg(o2, 8)
	o3 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o3, 8)
	o4 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o4, 48)
	o5 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o5, 48)
	o6 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; P8 unsafe.Pointer; W16 uint64; W24 uint64; W32 uint64; W40 uint64; }))
	jr_reg(o6, 48)
	o7 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o7, 16)
	o8 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; }))
	jr_reg(o8, 4)
	o9 := unsafe.Pointer(new(struct{B0 byte; B1 byte; }))
	jr_reg(o9, 2)
	o10 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o10, 32)
	o11 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o11, 32)
	o12 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o12, 8)
	jr_fill(o0, "\xff\xff\xff\xff\xff\xff\xff\x7f\xff\xff\xff\xff\xd3\x77\x15\x69")
	jr_fill(o1, "\xff\xff\xff\xff\x86\xf2\xcd\x79")
	*(*unsafe.Pointer)(unsafe.Add(o2, 0)) = unsafe.Add(o1, 0)
	jr_fill(o3, "\xff\xff\xff\xff\x41\x66\xd4\xb3")
	jr_fill(o4, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x05\x28\x69\xaf\x00\x08\x08\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o5, "\x08\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x37\x8a\x6f\x4a\x00\x08\x08\x39\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o6, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x37\x8a\x6f\x4a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o6, 0)) = unsafe.Add(o4, 0)
	*(*unsafe.Pointer)(unsafe.Add(o6, 8)) = unsafe.Add(o5, 0)
	jr_fill(o7, "\xff\xff\xff\xff\xa5\x65\x3e\xee\x00\x00\x00\x00\x00\x00\x00\x80")
	jr_fill(o9, "\x78\x78")
	jr_fill(o10, "\x83\xb6\x3a\xd2\x97\x12\xb0\x81\x00\x00\x00\x00\x00\x00\xec\xbf\x00\x00\x00\x00\x00\x00\x51\x40\xda\x96\x0e\xee\x7e\x00\x00\x00")
	jr_fill(o11, "\x00\x00\x00\x00\x00\x50\x4b\xc0\x00\x00\x00\x00\x00\x00\x00\x80\x83\xb6\x3a\xd2\x97\x12\xb0\x81\xff\xff\xff\xff\xff\x00\x00\x00")
	var a0 unsafe.Pointer = unsafe.Add(o0, 0)
	var a1 unsafe.Pointer = unsafe.Add(o2, 0)
	var a2 unsafe.Pointer = unsafe.Add(o3, 0)
	var a3 uint64 = uint64(0x1)
	var a4 uint64 = uint64(0x1)
	var a5 uint16 = uint16(0xf8b1)
	var a6 float32 = jr_f32(0x80000000)
	var a7 float64 = jr_f64(0x7e37e43c8800759c)
	var a8 float64 = jr_f64(0xc048600000000000)
	var a9 unsafe.Pointer = unsafe.Add(o6, 0)
	var a10 unsafe.Pointer = unsafe.Add(o7, 0)
	var a11 unsafe.Pointer = unsafe.Add(o8, 0)
	var a12 unsafe.Pointer = nil
	var a13 unsafe.Pointer = nil
	var a14 unsafe.Pointer = unsafe.Add(o9, 0)
	var a15 uint64 = uint64(0x2)
	var a16 unsafe.Pointer = nil
	var a17 unsafe.Pointer = unsafe.Add(o10, 0)
	var a18 unsafe.Pointer = unsafe.Add(o11, 0)
	var a19 unsafe.Pointer = unsafe.Add(o12, 0)
	var a20 float64 = jr_f64(0x4039600000000000)
	var a21 float64 = jr_f64(0x405eb00000000000)
	r0, r1, r2, r3, r4 := m0_m0((*[2]int64)(a0), *(*chan<- (<-chan int))(unsafe.Pointer(&[1]unsafe.Pointer{a1})), *(*[]uint)(unsafe.Pointer(&jr_sliceh{a2, int(a3), int(a4)})), uint16(a5), a6, [0]interface{}{}, complex(a7, a8), *(*interface{M0(); M1(rune); M2()})(unsafe.Pointer(&[2]unsafe.Pointer{a9, a10})), (*uint32)(a11), *(*interface{})(unsafe.Pointer(&[2]unsafe.Pointer{a12, a13})), *(*string)(unsafe.Pointer(&jr_strh{a14, int(a15)})), a16, [2]*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16}{(*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16})(a17), (*struct{F0 complex128; F1 float64; F2 rune; F3 byte; F4 uint16})(a18)}, *(*map[[3]uint16][]float32)(unsafe.Pointer(&[1]unsafe.Pointer{a19})), struct{F0 complex128}{complex(a20, a21)})
	_, _, _, _, _ = r0, r1, r2, r3, r4
	jr_put_f32(real(r0))
	jr_put_f32(imag(r0))
	jr_put_int("i64", uint64(uint64(r1.F0[0])))
	jr_put_int("i64", uint64(uint64(r1.F0[1])))
	jr_put_f64(r1.F1)
	jr_put_f64(real(r2))
	jr_put_f64(imag(r2))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3[0][0])))
	jr_put_int("i64", uint64(uint64(len(r3[0][0]))))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r3[0][1])))
	jr_put_int("i64", uint64(uint64(len(r3[0][1]))))
	jr_put_ptr((*[2]unsafe.Pointer)(unsafe.Pointer(&r4))[0])
	jr_put_ptr((*[2]unsafe.Pointer)(unsafe.Pointer(&r4))[1])
	jr_put_obj(0, o0, 16, []uintptr{})
	jr_put_obj(1, o1, 8, []uintptr{})
	jr_put_obj(2, o2, 8, []uintptr{0})
	jr_put_obj(3, o3, 8, []uintptr{})
	jr_put_obj(4, o4, 48, []uintptr{24, 32})
	jr_put_obj(5, o5, 48, []uintptr{24, 32})
	jr_put_obj(6, o6, 48, []uintptr{0, 8})
	jr_put_obj(7, o7, 16, []uintptr{})
	jr_put_obj(8, o8, 4, []uintptr{})
	jr_put_obj(9, o9, 2, []uintptr{})
	jr_put_obj(10, o10, 32, []uintptr{})
	jr_put_obj(11, o11, 32, []uintptr{})
	jr_put_obj(12, o12, 8, []uintptr{})
}

var m0_runs = []func(){
	m0run_0,
	m0run_1,
	m0run_2,
}
